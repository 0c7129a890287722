// @guildhall/tools, the workspace's local Nx plugin (tools/generators.json lists its generators).
export { contextGenerator } from './context/generator';
export { removeContextGenerator } from './context/remove';

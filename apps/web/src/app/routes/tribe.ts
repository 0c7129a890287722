export { TribePage as Component } from '@guildhall/web-org';

export { NewStandardPage as Component } from '@guildhall/web-standards';

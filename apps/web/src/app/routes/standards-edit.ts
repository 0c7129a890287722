export { EditStandardPage as Component } from '@guildhall/web-standards';

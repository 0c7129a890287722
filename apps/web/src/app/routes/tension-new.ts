export { RaiseTensionPage as Component } from '@guildhall/web-alliances';

export { NewAlliancePage as Component } from '@guildhall/web-alliances';

export { AlliancePage as Component } from '@guildhall/web-alliances';

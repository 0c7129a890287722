export { OrgChartPage as Component } from '@guildhall/web-org';

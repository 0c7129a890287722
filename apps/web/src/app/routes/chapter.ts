export { ChapterPage as Component } from '@guildhall/web-org';

export * from './chapter/chapter.entity';
export * from './guild/guild.entity';
export * from './squad/squad.entity';
export * from './tribe/tribe.entity';
export * from './org.module';

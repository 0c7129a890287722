export * from './chapter/chapter.entity';
export * from './guild/guild.entity';
export * from './guild/guild.model';
export * from './guild/guild.loaders';
export * from './guild/guild.service';
export * from './squad/squad.entity';
export * from './tribe/tribe.entity';
export * from './org.module';

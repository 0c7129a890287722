export * from './auth.module';
export * from './auth.service';
export * from './user.entity';
export * from './user.loaders';
export * from './user.model';
export * from './users.service';

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read model auth publishes for other contexts' SQL: people's public directory fields, for
 * joins that performance needs (search ranks names; the audit log records the actor's name in
 * the action's own statement). No email, password hash or role: what others read cannot leak
 * them. A plain view, so PostgreSQL inlines it and plans use the `users` indexes as before.
 */
export class AuthReadModels1763801000100 implements MigrationInterface {
  name = 'AuthReadModels1763801000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW auth_people_directory AS SELECT id, display_name, discipline FROM users`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW auth_people_directory`);
  }
}

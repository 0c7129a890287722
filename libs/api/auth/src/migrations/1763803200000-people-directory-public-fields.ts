import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `auth_people_directory` carries every public field of a person (bio, role and created_at
 * added to the end), so a page's statement can read its people along (`personColumns`) instead
 * of a look-up of its own. Still no email or password hash: what others read cannot leak them.
 */
export class PeopleDirectoryPublicFields1763803200000 implements MigrationInterface {
  name = 'PeopleDirectoryPublicFields1763803200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE VIEW auth_people_directory AS SELECT id, display_name, discipline, bio, role, created_at FROM users`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW auth_people_directory`);
    await q.query(`CREATE VIEW auth_people_directory AS SELECT id, display_name, discipline FROM users`);
  }
}

import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('chapters')
export class ChapterEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) slug: string;
  @Column({ name: 'tribe_id', type: 'uuid' }) tribeId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) discipline: string;
  @Column({ name: 'lead_id', type: 'uuid', nullable: true }) leadId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A person's one chapter (primary key on user_id); it must be in their squad's tribe. */
@Entity('chapter_memberships')
export class ChapterMembershipEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'chapter_id', type: 'uuid' }) chapterId: string;
  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' }) joinedAt: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DEFAULT_SQUAD_FRAMEWORK, SquadFrameworkName } from '@guildhall/shared-domain';

@Entity('squads')
export class SquadEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) slug: string;
  @Column({ name: 'tribe_id', type: 'uuid' }) tribeId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) mission: string | null;
  @Column({ type: 'text', default: DEFAULT_SQUAD_FRAMEWORK }) framework: SquadFrameworkName;
  @Column({ name: 'product_owner_id', type: 'uuid', nullable: true }) productOwnerId: string | null;
  @Column({ name: 'agile_coach_id', type: 'uuid', nullable: true }) agileCoachId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A person's one squad (primary key on user_id). */
@Entity('squad_memberships')
export class SquadMembershipEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'squad_id', type: 'uuid' }) squadId: string;
  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' }) joinedAt: Date;
}

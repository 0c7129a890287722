import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('tribes')
export class TribeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Derived from the name at creation; stable when the name changes. */
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) mission: string | null;
  @Column({ name: 'tribe_lead_id', type: 'uuid', nullable: true }) tribeLeadId: string | null;
  @Column({ name: 'product_lead_id', type: 'uuid', nullable: true }) productLeadId: string | null;
  @Column({ name: 'design_lead_id', type: 'uuid', nullable: true }) designLeadId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

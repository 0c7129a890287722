import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, conflict, RateLimitService, unauthenticated, Viewer } from '@guildhall/api-core';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { checkPassword, cleanDisplayName, cleanOptional, normaliseEmail } from './account-rules';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';
import { Role } from './user.model';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@guildhall/shared-domain';

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
const WRONG_CREDENTIALS = 'That email and password do not match an account. Check both and try again.';

/** A fixed hash to verify against when the email is unknown, so both failures take the same time. */
let decoyHash: Promise<string> | undefined;

export interface AuthResult {
  accessToken: string;
  user: UserEntity;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get limits() {
    const { perIp, perEmail, windowSeconds } = this.config.authRateLimit;
    return {
      ip: { name: 'auth-ip', points: perIp, durationSeconds: windowSeconds },
      email: { name: 'auth-email', points: perEmail, durationSeconds: windowSeconds },
    };
  }

  /** The first account on an empty instance becomes ADMIN. */
  async signUp(input: SignUpInput, ip: string): Promise<AuthResult> {
    const email = normaliseEmail(input.email);
    checkPassword(input.password);
    const displayName = cleanDisplayName(input.displayName);
    const discipline = cleanOptional(input.discipline, 'discipline');
    await this.rateLimits.consume(this.limits.ip, ip);
    await this.rateLimits.consume(this.limits.email, email);
    const passwordHash = await argon2.hash(input.password, ARGON2_OPTIONS);

    return this.db.transaction(async (tx) => {
      await this.users.serialiseSignUps(tx);
      const existing = await this.users.findByEmail(email, tx);
      if (existing) {
        if (!existing.passwordHash) {
          throw conflict('This email belongs to a person imported into Guildhall. Ask an admin for an invitation link to claim it.');
        }
        throw conflict('An account with this email already exists. Sign in instead.');
      }
      const role = (await this.users.hasPeople(tx)) ? Role.MEMBER : Role.ADMIN;
      const user = await this.users.create(tx, { email, passwordHash, displayName, discipline, role });
      const accessToken = await this.sessions.start(user.id, tx);
      return { accessToken, user };
    });
  }

  /** One message for an unknown email and a wrong password. */
  async signIn(input: SignInInput, ip: string): Promise<AuthResult> {
    await this.rateLimits.consume(this.limits.ip, ip);
    // No account has an address or password this long: refuse before any lookup, key or hash grows with it.
    if (input.email.length > EMAIL_MAX_LENGTH || input.password.length > PASSWORD_MAX_LENGTH) throw unauthenticated(WRONG_CREDENTIALS);
    const email = input.email.trim().toLowerCase();
    await this.rateLimits.consume(this.limits.email, email);
    const user = await this.users.findByEmail(email);
    const valid = await argon2.verify(user?.passwordHash ?? (await decoy()), input.password);
    if (!user?.passwordHash || !valid) throw unauthenticated(WRONG_CREDENTIALS);
    await this.rateLimits.reset(this.limits.email, email);
    return { accessToken: await this.sessions.start(user.id), user };
  }

  async signOut(viewer: Viewer): Promise<boolean> {
    await this.sessions.revoke(viewer.sessionId);
    return true;
  }

  /** For seeding and imports: hashes with the same parameters as sign-up. */
  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }
}

function decoy(): Promise<string> {
  decoyHash ??= argon2.hash('decoy password that never matches', ARGON2_OPTIONS);
  return decoyHash;
}

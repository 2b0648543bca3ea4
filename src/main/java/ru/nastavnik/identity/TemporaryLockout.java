package ru.nastavnik.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's own user store, with a lockout that ends: after {@code loginMaxAttempts} wrong passwords in a row the
 * login is locked for {@code lockout} (the engine locks it for good, so anyone could shut the director out), and the
 * person and the administrators hear of it by mail once the failed attempt is committed. When the lockout is over the
 * right password works again and wrong ones are counted from one. The throttling delays before that stay the engine's.
 * Every door checks passwords through here (Tasklist's login, HTTP Basic, the REST API). Logs name no login.
 */
class TemporaryLockout extends DbIdentityServiceProvider {

    private static final Logger log = LoggerFactory.getLogger(TemporaryLockout.class);

    private final Clock clock;
    private final Duration lockout;
    private final LockoutNotice notice;

    TemporaryLockout(Clock clock, Duration lockout, LockoutNotice notice) {
        this.clock = clock;
        this.lockout = lockout;
        this.notice = notice;
    }

    /** An invited person has no password until they set one through their letter's link: nothing matches it. */
    @Override
    protected boolean matchPassword(String password, UserEntity user) {
        return user.getPassword() != null && super.matchPassword(password, user);
    }

    @Override
    protected boolean isUserLocked(UserEntity user) {
        Date until = user.getLockExpirationTime();
        return until != null && until.toInstant().isAfter(clock.instant());
    }

    @Override
    protected void lockUser(UserEntity user) {
        ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
        int maxAttempts = configuration.getLoginMaxAttempts();
        // a lockout that ran out starts the count again
        int attempts = user.getAttempts() >= maxAttempts ? 1 : user.getAttempts() + 1;
        Instant now = clock.instant();
        Instant until;
        if (attempts >= maxAttempts) {
            until = now.plus(lockout);
            String userId = user.getId();
            Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                    committed -> notice.lockedOut(userId, until));
            log.info("A login was locked for {} minutes after {} wrong passwords in a row", lockout.toMinutes(), attempts);
        } else {
            long delay = (long) (configuration.getLoginDelayBase() * Math.pow(configuration.getLoginDelayFactor(), attempts - 1));
            until = now.plusSeconds(Math.min(delay, configuration.getLoginDelayMaxTime()));
        }
        getIdentityInfoManager().updateUserLock(user, attempts, Date.from(until));
    }
}

package ru.nastavnik.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The engine's identity rules, the same for every door: the user store with a {@link TemporaryLockout}, and the
 * {@link PasswordRules} switched on (the starter applies every plugin bean).
 */
@Component
class IdentityPlugin extends AbstractProcessEnginePlugin {

    private final Clock clock;
    private final Duration lockout;
    private final LockoutNotice notice;
    private final Set<String> demoLogins;

    /**
     * The only lazy injection in the application: the engine is built with this plugin, and the notice mails through
     * the engine's {@code IdentityService}, so the notice is made on first use, once the engine exists. Everything
     * else takes the engine's services as they are: only a plugin (or a bean a plugin needs) sits in such a cycle.
     */
    IdentityPlugin(Clock clock, @Value("${nastavnik.login.lockout:PT15M}") Duration lockout, @Lazy LockoutNotice notice,
                   @Value("${nastavnik.login.demo-password-logins:}") Set<String> demoLogins) {
        this.clock = clock;
        this.lockout = lockout;
        this.notice = notice;
        this.demoLogins = demoLogins;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return TemporaryLockout.class;
            }

            @Override
            public Session openSession() {
                return new TemporaryLockout(clock, lockout, notice);
            }
        });
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new PasswordRules(demoLogins));
    }
}

package ru.nastavnik.pair;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The release upgrade of the two mentees' steps whose write moved from a listener into a service task: the mentees'
 * consent ({@code PairConsent}) and the mentees' feedback on a meeting ({@code MentoringPair}, inside the feedback
 * sub-process whose reminder and escalation timers keep their dates).
 */
@Configuration(proxyBeanMethods = false)
class MenteeStepUpgrades {

    @Bean
    MenteeStepUpgrade menteeConsentUpgrade() {
        return new MenteeStepUpgrade("PairConsent", "Task_MenteeConsent", "SubProcess_MenteeConsent", "Gateway_ConsentsJoin");
    }

    @Bean
    MenteeStepUpgrade menteeFeedbackUpgrade() {
        return new MenteeStepUpgrade("MentoringPair", "Task_MenteeFeedback", "SubProcess_MenteeFeedback", "Gateway_FeedbackJoin");
    }
}

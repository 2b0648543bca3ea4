package ru.nastavnik.questionnaire;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.RussianDates;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;
import ru.nastavnik.notify.Mail;
import ru.nastavnik.notify.Mailer;
import ru.nastavnik.pair.PairPeople;

/**
 * The letter with a personal link: the invitation, then at most one reminder. A letter not yet sent gets a fresh link
 * just before it leaves; a letter sent before is skipped by its key, so a retried job neither sends twice nor spoils
 * the link already in someone's mailbox. The address comes from the bank at sending time.
 */
@Component
class QuestionnaireMail {

    private static final Logger log = LoggerFactory.getLogger(QuestionnaireMail.class);

    private final Mailer mailer;
    private final Links links;
    private final PairPeople people;

    QuestionnaireMail(Mailer mailer, Links links, PairPeople people) {
        this.mailer = mailer;
        this.links = links;
        this.people = people;
    }

    boolean invite(Invitation invitation) {
        return send(invitation, false);
    }

    boolean remind(Invitation invitation) {
        return send(invitation, true);
    }

    private boolean send(Invitation invitation, boolean reminder) {
        String key = "questionnaire:" + invitation.id() + (reminder ? ":reminder" : ":invitation");
        if (mailer.sentBefore(key)) {
            return false;
        }
        Optional<String> to = (invitation.role() == Respondent.MENTOR ? people.mentorEmail(invitation.schoolId(), invitation.personId())
                : people.menteeEmail(invitation.schoolId(), invitation.personId())).filter(address -> !address.isBlank());
        if (to.isEmpty()) {
            log.warn("Questionnaire invitation {}: no e-mail address in the bank, nothing sent", invitation.id());
            return false;
        }
        String subject = reminder ? QuestionnaireWording.reminderSubject(invitation.kind()) : QuestionnaireWording.subject(invitation.kind());
        Map<String, Object> model = new HashMap<>();
        model.put("subject", subject);
        model.put("name", invitation.personName());
        model.put("kind", invitation.kind().name());
        model.put("reminder", reminder);
        model.put("linkPath", "/q/" + links.issue(invitation));
        model.put("until", RussianDates.format(invitation.expiresAt().toLocalDate()));
        model.put("schoolName", invitation.schoolName() == null ? "" : invitation.schoolName());
        boolean sent = mailer.send(new Mail(key, to.get(), subject, "questionnaire", model).of(invitation.schoolId()));
        if (sent && !reminder) {
            links.sent(invitation);
        }
        return sent;
    }
}

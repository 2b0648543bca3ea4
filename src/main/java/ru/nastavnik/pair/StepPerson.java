package ru.nastavnik.pair;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.Role;
import ru.nastavnik.identity.SignedInPerson;

/**
 * Whose step of a pair a consent or a feedback is, decided by the process, never by what a request could set: the
 * pair's mentor, or the mentee of this instance of the mentees' multi-instance sub-process (its element variable, which
 * no form may post). A person with a login answers in their own task list (the curator may enter a paper answer for
 * them and is recorded as who entered it); for a person without a login only the curator (or the administrator, or
 * the system) enters it.
 */
@Component
class StepPerson {

    private final PairPeople people;
    private final SignedInPerson signedIn;
    private final IdentityService identity;

    StepPerson(PairPeople people, SignedInPerson signedIn, IdentityService identity) {
        this.people = people;
        this.signedIn = signedIn;
        this.identity = identity;
    }

    String of(DelegateExecution step, Pair pair, PersonKind kind) {
        List<String> persons = kind == PersonKind.MENTOR ? List.of(pair.mentorId()) : pair.menteeIds();
        String person = kind == PersonKind.MENTOR ? pair.mentorId() : (String) step.getVariable(PairVariables.MENTEE_ID);
        boolean byStaff = identity.getCurrentAuthentication() == null || signedIn.hasRole(Role.CURATOR)
                || signedIn.isAdministrator();
        if (!persons.contains(person) || people.linkedLogin(kind, person).isEmpty() && !byStaff) {
            throw Refused.form(List.of("Эту задачу выполняет сам участник пары в своём "
                    + "списке задач; за участника без учётной записи (ответ на бумаге) её заполняет куратор."));
        }
        return person;
    }
}

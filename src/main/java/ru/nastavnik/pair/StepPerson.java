package ru.nastavnik.pair;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.Role;
import ru.nastavnik.identity.SignedInPerson;

/**
 * Whose step of a pair a completed task is (a consent, a feedback), never taken from what a request could set: the
 * person of the pair whose bank row is linked to the task's assignee, whoever completes it (the curator entering a
 * paper answer for them is recorded as who entered it). A task with no such assignee is a person without a login: only
 * the curator (or the administrator, or the system) enters it, for the person the engine made the step for.
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

    String of(DelegateTask task, Pair pair, PersonKind kind) {
        List<String> persons = kind == PersonKind.MENTOR ? List.of(pair.mentorId()) : pair.menteeIds();
        String assignee = task.getAssignee();
        if (assignee != null) {
            for (String person : persons) {
                if (people.linkedLogin(kind, person).filter(assignee::equals).isPresent()) {
                    return person;
                }
            }
        }
        String person = kind == PersonKind.MENTOR ? pair.mentorId() : (String) task.getVariable(PairVariables.MENTEE_ID);
        boolean byStaff = identity.getCurrentAuthentication() == null || signedIn.hasRole(Role.CURATOR)
                || signedIn.isAdministrator();
        if (!persons.contains(person) || !byStaff) {
            throw Refused.form(List.of("Эту задачу выполняет сам участник пары в своём "
                    + "списке задач; за участника без учётной записи (ответ на бумаге) её заполняет куратор."));
        }
        return person;
    }
}

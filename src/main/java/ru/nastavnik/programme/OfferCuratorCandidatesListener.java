package ru.nastavnik.programme;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.modeling.ReadOnlyListener;

/** Puts the curators of the task's school into the task, as the options of the form's «Куратор» list. */
@Component("offerCuratorCandidatesListener")
@ReadOnlyListener
class OfferCuratorCandidatesListener implements TaskListener {

    private final IdentityService identity;

    OfferCuratorCandidatesListener(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        Options.put(task, ProgrammeVariables.CURATOR_CANDIDATES, identity.createUserQuery()
                .memberOfGroup(SchoolGroups.of(task.getTenantId(), Role.CURATOR))
                .orderByUserLastName().asc()
                .list().stream()
                .map(user -> new Options.Option(fullName(user), user.getId()))
                .toList());
    }

    static String fullName(User user) {
        return (nullToEmpty(user.getLastName()) + " " + nullToEmpty(user.getFirstName())).strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

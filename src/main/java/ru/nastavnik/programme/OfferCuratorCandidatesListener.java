package ru.nastavnik.programme;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.Role;

/** Puts the members of the curator group into the task, as the options of the form's «Куратор» list. */
@Component("offerCuratorCandidatesListener")
class OfferCuratorCandidatesListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdentityService identity;

    OfferCuratorCandidatesListener(@Lazy IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Map<String, String>> options = identity.createUserQuery()
                .memberOfGroup(Role.CURATOR.groupId())
                .orderByUserLastName().asc()
                .list().stream()
                .map(user -> Map.of("label", fullName(user), "value", user.getId()))
                .toList();
        try {
            task.setVariableLocal(ProgrammeVariables.CURATOR_CANDIDATES,
                    SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Curator options could not be written as JSON", e);
        }
    }

    static String fullName(User user) {
        return (nullToEmpty(user.getLastName()) + " " + nullToEmpty(user.getFirstName())).strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

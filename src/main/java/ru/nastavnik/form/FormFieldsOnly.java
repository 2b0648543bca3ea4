package ru.nastavnik.form;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.AsSystem;

/**
 * A person changes a process only through the fields of the form in front of them: a task's completion or a process's
 * start carrying a variable its deployed form does not have is refused. The REST resources ask this before the engine
 * sees the request, whatever path reached them.
 */
@Component
public class FormFieldsOnly {

    /** Setting a task's variables directly, outside its form. */
    public static final String TASK_VARIABLES_REFUSED =
            "Данные задачи меняются только через её форму: откройте задачу в списке задач и завершите её.";

    private final FormService forms;
    private final IdentityService identity;

    FormFieldsOnly(FormService forms, IdentityService identity) {
        this.forms = forms;
        this.identity = identity;
    }

    /** The Russian refusal of a task form submission with these variable names, if any of them is not the form's. */
    public Optional<String> refusalOfTaskForm(String taskId, Set<String> posted) {
        return refusal(posted, () -> forms.getDeployedTaskForm(taskId));
    }

    /** The same for a process's start form. */
    public Optional<String> refusalOfStartForm(String processDefinitionId, Set<String> posted) {
        return refusal(posted, () -> forms.getDeployedStartForm(processDefinitionId));
    }

    private Optional<String> refusal(Set<String> posted, Supplier<InputStream> deployedForm) {
        if (posted.isEmpty()) {
            return Optional.empty();
        }
        Set<String> allowed = formFields(deployedForm);
        Set<String> unknown = new TreeSet<>(posted);
        unknown.removeAll(allowed);
        return unknown.isEmpty() ? Optional.empty() : Optional.of("Форма не принята. В форме этой задачи нет полей: "
                + String.join(", ", unknown) + ". Заполните форму в списке задач.");
    }

    /**
     * The form's field names; none when there is no deployed form (the engine answers that as a bad request, and no
     * variable is then the form's). Any other failure, such as the database being down, goes on to the caller: a form
     * that could not be read is not a form without fields.
     */
    private Set<String> formFields(Supplier<InputStream> deployedForm) {
        return AsSystem.call(identity, () -> {
            try {
                return FormSchema.read(deployedForm.get()).variableNames();
            } catch (BadUserRequestException | IllegalStateException noForm) {
                return Set.of();
            }
        });
    }
}

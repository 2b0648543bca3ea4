package ru.nastavnik.programme;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.ProcessApi;
import ru.nastavnik.programme.ProgrammeCalendar.Deadline;

/**
 * What each deadline's stage is called, read from the stage's name in the deployed roadmap model
 * (mentoring-programme.bpmn, «Этап 5. Организация работы…»), so that letters, refusals and the overdue task say what
 * the diagram says. The BPMN asks it for the overdue task's name: {@code ${programmeStages.number(deadline)}}.
 */
@Component("programmeStages")
@ProcessApi
public class ProgrammeStages {

    static final String PROGRAMME = "MentoringProgramme";
    private static final Pattern NUMBERED = Pattern.compile("^Этап (\\d+)\\. ");

    private final Supplier<BpmnModelInstance> programme;

    @Autowired
    ProgrammeStages(RepositoryService repository) {
        Map<String, BpmnModelInstance> models = new ConcurrentHashMap<>();
        this.programme = () -> models.computeIfAbsent(repository.createProcessDefinitionQuery().processDefinitionKey(PROGRAMME)
                .latestVersion().singleResult().getId(), repository::getBpmnModelInstance);
    }

    /** Reads the stages' names from that model (the latest deployed one, in the application). */
    ProgrammeStages(Supplier<BpmnModelInstance> programme) {
        this.programme = programme;
    }

    /** The stage's whole name, «Этап 1. Подготовка условий…». */
    public String title(String deadline) {
        return titleIn(programme.get(), Deadline.valueOf(deadline));
    }

    /** The stage's number, 1 for «Этап 1. …». */
    public int number(String deadline) {
        return numberOf(title(deadline));
    }

    static String titleIn(BpmnModelInstance programme, Deadline deadline) {
        SubProcess stage = programme.getModelElementById(deadline.stage());
        if (stage == null || stage.getName() == null) {
            throw new IllegalStateException("The roadmap model has no named stage " + deadline.stage() + " for " + deadline);
        }
        return stage.getName();
    }

    static int numberOf(String title) {
        Matcher numbered = NUMBERED.matcher(title);
        if (!numbered.find()) {
            throw new IllegalStateException("A stage's name starts with «Этап N. », not: " + title);
        }
        return Integer.parseInt(numbered.group(1));
    }
}

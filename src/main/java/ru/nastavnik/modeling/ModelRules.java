package ru.nastavnik.modeling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

/**
 * The rules every process model of Nastavnik follows, each broken rule a Russian sentence naming the element.
 * Used by the test suite over processes/, and before a deployment is accepted.
 */
public final class ModelRules {

    static final String FORM_CHECK = "${checkFormListener}";
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

    private final Predicate<String> beanExists;
    private final Set<String> formIds;

    /** beanExists tells whether a Spring bean of that name exists; formIds are the ids of the deployable forms. */
    public ModelRules(Predicate<String> beanExists, Set<String> formIds) {
        this.beanExists = beanExists;
        this.formIds = formIds;
    }

    public List<String> check(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank()) {
                problems.add("Процесс " + describe(process) + ": не задан срок хранения истории (historyTimeToLive).");
            }
            if (!isRussian(process.getName())) {
                problems.add("Процесс " + describe(process) + ": нужно русское название.");
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            checkNode(model, node, problems);
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!hasEdge(model, flow)) {
                problems.add("Переход " + flow.getId() + " не нарисован на диаграмме.");
            }
        }
        return problems;
    }

    private void checkNode(BpmnModelInstance model, FlowNode node, List<String> problems) {
        if (!hasShape(model, node)) {
            problems.add("Элемент " + describe(node) + " не нарисован на диаграмме.");
        }
        if ((node instanceof Activity || node instanceof Event) && !isRussian(node.getName())) {
            problems.add("Элемент " + describe(node) + ": нужно русское название, его видят пользователи.");
        }
        if (node instanceof Event event && !event.getChildElementsByType(TimerEventDefinition.class).isEmpty()
                && (event.getName() == null || event.getName().isBlank())) {
            problems.add("Таймер " + describe(node) + ": у таймера должно быть название.");
        }
        if (node instanceof UserTask task) {
            checkUserTask(task, problems);
        }
        if (node instanceof StartEvent start && start.getCamundaFormRef() != null) {
            checkForm(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), problems);
            if (listeners(start, CamundaExecutionListener.class).stream().noneMatch(l -> FORM_CHECK.equals(l.getCamundaDelegateExpression())
                    && "start".equals(l.getCamundaEvent()))) {
                problems.add("Событие " + describe(start) + ": форма не проверяется на сервере — нужен слушатель "
                        + FORM_CHECK + " на событие start.");
            }
        }
        if (node instanceof ServiceTask service) {
            checkBean(service, service.getCamundaDelegateExpression(), problems);
        }
        if (node instanceof CallActivity call && (call.getCalledElement() == null || call.getCalledElement().isBlank())) {
            problems.add("Вызов " + describe(call) + ": не указан вызываемый процесс.");
        }
        for (CamundaExecutionListener listener : listeners(node, CamundaExecutionListener.class)) {
            checkBean(node, listener.getCamundaDelegateExpression(), problems);
        }
    }

    private void checkUserTask(UserTask task, List<String> problems) {
        if (blank(task.getCamundaAssignee()) && blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaCandidateUsers())) {
            problems.add("Задача " + describe(task) + ": не указан исполнитель или группа кандидатов.");
        }
        if (blank(task.getCamundaFormRef())) {
            problems.add("Задача " + describe(task) + ": не указана форма (formRef).");
            return;
        }
        checkForm(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), problems);
        List<CamundaTaskListener> listeners = listeners(task, CamundaTaskListener.class);
        for (CamundaTaskListener listener : listeners) {
            checkBean(task, listener.getCamundaDelegateExpression(), problems);
        }
        if (listeners.stream().noneMatch(l -> FORM_CHECK.equals(l.getCamundaDelegateExpression()) && "complete".equals(l.getCamundaEvent()))) {
            problems.add("Задача " + describe(task) + ": форма не проверяется на сервере — нужен слушатель "
                    + FORM_CHECK + " на событие complete.");
        }
    }

    private void checkForm(BaseElement element, String formRef, String binding, List<String> problems) {
        if (!formIds.contains(formRef)) {
            problems.add("Элемент " + describe(element) + ": форма «" + formRef + "» не найдена среди форм.");
        }
        if (blank(binding)) {
            problems.add("Элемент " + describe(element) + ": не указана привязка формы (formRefBinding).");
        }
    }

    private void checkBean(BaseElement element, String delegateExpression, List<String> problems) {
        if (delegateExpression == null) {
            return;
        }
        Matcher bean = BEAN_EXPRESSION.matcher(delegateExpression);
        if (!bean.matches()) {
            problems.add("Элемент " + describe(element) + ": делегат " + delegateExpression
                    + " должен быть именем компонента в виде ${имяКомпонента}.");
        } else if (!beanExists.test(bean.group(1))) {
            problems.add("Элемент " + describe(element) + ": компонент " + delegateExpression + " не существует в приложении.");
        }
    }

    private static <T extends org.camunda.bpm.model.xml.instance.ModelElementInstance> List<T> listeners(BaseElement element, Class<T> type) {
        if (element.getExtensionElements() == null) {
            return List.of();
        }
        Collection<T> found = element.getExtensionElements().getChildElementsByType(type);
        return List.copyOf(found);
    }

    private static boolean hasShape(BpmnModelInstance model, BaseElement element) {
        return model.getModelElementsByType(BpmnShape.class).stream().anyMatch(shape -> shape.getBpmnElement() == element);
    }

    private static boolean hasEdge(BpmnModelInstance model, BaseElement element) {
        return model.getModelElementsByType(BpmnEdge.class).stream().anyMatch(edge -> edge.getBpmnElement() == element);
    }

    static String describe(BaseElement element) {
        String name = element instanceof FlowNode node ? node.getName()
                : element instanceof Process process ? process.getName() : null;
        return blank(name) ? element.getId() : "«" + name + "» (" + element.getId() + ")";
    }

    private static boolean isRussian(String name) {
        return name != null && CYRILLIC.matcher(name).find();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

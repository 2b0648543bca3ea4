package ru.nastavnik.modeling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import ru.nastavnik.identity.Role;

/**
 * The rules every process model of Nastavnik follows, each broken rule a Russian sentence naming the element.
 * The test suite checks every rule over processes/; a deployment is refused when it breaks a rule whose breach would
 * break running work or let unchecked data in ({@link #checkBeforeDeployment}); names and drawing are the suite's.
 */
public final class ModelRules {

    static final String FORM_CHECK = "${checkFormListener}";
    static final String BOUND_TO_DEPLOYMENT = "deployment";
    /** The candidate group of a role in the instance's school: {@code s1-curator} (school.SchoolGroups). */
    static final String SCHOOL_GROUP = "${execution.tenantId}-%s";
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

    private final Beans beans;
    private final Set<String> formsAlongside;
    private final Predicate<String> formDeployedBefore;
    private final TimerExpressions timers;

    /**
     * What the rules know of the application: whether a Spring bean of that name exists, whether it may be a listener
     * (it only reads and checks), and which forms have domain rules on the server.
     */
    public record Beans(Predicate<String> exists, Predicate<String> mayListen, FormsWithRules formsWithRules) {
    }

    /** formIds are the forms deployed with the models. */
    public ModelRules(Beans beans, Set<String> formIds) {
        this(beans, formIds, formId -> false);
    }

    /**
     * formsAlongside are the forms in the same deployment as the model; formDeployedBefore tells whether a form of that
     * id is already deployed, which only a form bound by "latest" or "version" can use.
     */
    public ModelRules(Beans beans, Set<String> formsAlongside, Predicate<String> formDeployedBefore) {
        this.beans = beans;
        this.formsAlongside = Set.copyOf(formsAlongside);
        this.formDeployedBefore = formDeployedBefore;
        this.timers = new TimerExpressions();
    }

    /** Every rule: what the test suite demands of processes/. */
    public List<String> check(BpmnModelInstance model) {
        return findings(model).stream().map(Finding::text).toList();
    }

    /** The rules whose breach breaks running work or lets unchecked data in: what a deployment must pass. */
    public List<String> checkBeforeDeployment(BpmnModelInstance model) {
        return findings(model).stream().filter(Finding::blocking).map(Finding::text).toList();
    }

    private record Finding(String text, boolean blocking) {
    }

    /** Findings in the order of the model, each either blocking (deployment) or about names and drawing (suite). */
    private static final class Findings extends ArrayList<Finding> {
        void blocking(String text) {
            add(new Finding(text, true));
        }

        void style(String text) {
            add(new Finding(text, false));
        }
    }

    private List<Finding> findings(BpmnModelInstance model) {
        Findings problems = new Findings();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank()) {
                problems.blocking("Процесс " + describe(process) + ": не задан срок хранения истории (historyTimeToLive).");
            }
            if (!isRussian(process.getName())) {
                problems.style("Процесс " + describe(process) + ": нужно русское название.");
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            checkNode(model, node, problems);
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            checkListener(listener, listener.getCamundaDelegateExpression(), problems);
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            checkListener(listener, listener.getCamundaDelegateExpression(), problems);
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!hasEdge(model, flow)) {
                problems.style("Переход " + flow.getId() + " не нарисован на диаграмме.");
            }
        }
        return problems;
    }

    private void checkNode(BpmnModelInstance model, FlowNode node, Findings problems) {
        if (!hasShape(model, node)) {
            problems.style("Элемент " + describe(node) + " не нарисован на диаграмме.");
        }
        if ((node instanceof Activity || node instanceof Event) && !isRussian(node.getName())) {
            problems.style("Элемент " + describe(node) + ": нужно русское название, его видят пользователи.");
        }
        if (node instanceof Event event) {
            for (TimerEventDefinition timer : event.getChildElementsByType(TimerEventDefinition.class)) {
                checkTimer(event, timer, problems);
            }
        }
        if (node instanceof UserTask task) {
            checkUserTask(task, problems);
        }
        if (node instanceof StartEvent start && start.getCamundaFormRef() != null) {
            checkForm(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), problems);
            if (listeners(start, CamundaExecutionListener.class).stream().noneMatch(l -> FORM_CHECK.equals(l.getCamundaDelegateExpression())
                    && "start".equals(l.getCamundaEvent()))) {
                problems.blocking("Событие " + describe(start) + ": форма не проверяется на сервере" + rulesOf(start.getCamundaFormRef())
                        + " — нужен слушатель " + FORM_CHECK + " на событие start.");
            }
        }
        if (node instanceof ServiceTask service) {
            checkBean(service, service.getCamundaDelegateExpression(), problems);
        }
        if (node instanceof CallActivity call) {
            checkCall(call, problems);
        }
        for (CamundaExecutionListener listener : listeners(node, CamundaExecutionListener.class)) {
            checkBean(node, listener.getCamundaDelegateExpression(), problems);
        }
    }

    private void checkUserTask(UserTask task, Findings problems) {
        if (blank(task.getCamundaAssignee()) && blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaCandidateUsers())) {
            problems.blocking("Задача " + describe(task) + ": не указан исполнитель или группа кандидатов.");
        }
        checkCandidateGroups(task, problems);
        if (blank(task.getCamundaFormRef())) {
            problems.style("Задача " + describe(task) + ": не указана форма (formRef).");
            return;
        }
        checkForm(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), problems);
        List<CamundaTaskListener> listeners = listeners(task, CamundaTaskListener.class);
        for (CamundaTaskListener listener : listeners) {
            checkBean(task, listener.getCamundaDelegateExpression(), problems);
        }
        if (listeners.stream().noneMatch(l -> FORM_CHECK.equals(l.getCamundaDelegateExpression()) && "complete".equals(l.getCamundaEvent()))) {
            problems.blocking("Задача " + describe(task) + ": форма не проверяется на сервере" + rulesOf(task.getCamundaFormRef())
                    + " — нужен слушатель " + FORM_CHECK + " на событие complete.");
        }
    }

    /** A call runs the school's own version of the called process when it has one (SchoolVersions). */
    private static void checkCall(CallActivity call, Findings problems) {
        if (blank(call.getCalledElement())) {
            problems.blocking("Вызов " + describe(call) + ": не указан вызываемый процесс.");
        }
        if (!SchoolVersions.CALLED_TENANT.equals(call.getCamundaCalledElementTenantId())) {
            problems.blocking("Вызов " + describe(call) + ": школа со своей версией вызываемого процесса получила бы общую — "
                    + "укажите Tenant ID вызова " + SchoolVersions.CALLED_TENANT + ".");
        }
    }

    /** A global role group (curator) holds that role in every school: its tasks would cross schools. */
    private static void checkCandidateGroups(UserTask task, Findings problems) {
        if (blank(task.getCamundaCandidateGroups())) {
            return;
        }
        for (String group : task.getCamundaCandidateGroups().split(",")) {
            for (Role role : Role.values()) {
                if (role.groupId().equals(group.trim())) {
                    problems.blocking("Задача " + describe(task) + ": группа кандидатов «" + group.trim() + "» — это роль "
                            + "во всех школах, задачу увидели бы и чужие школы. Укажите группу школы процесса: "
                            + SCHOOL_GROUP.formatted(role.groupId()) + ".");
                }
            }
        }
    }

    /** A form with domain rules says so: without the check its rules are off, not only its fields. */
    private String rulesOf(String formRef) {
        return beans.formsWithRules().hasRules(formRef) ? ", и правила формы «" + formRef + "» не действуют" : "";
    }

    private void checkForm(BaseElement element, String formRef, String binding, Findings problems) {
        if (blank(binding)) {
            problems.blocking("Элемент " + describe(element) + ": не указана привязка формы (formRefBinding).");
        }
        if (formsAlongside.contains(formRef)) {
            return;
        }
        if (!formDeployedBefore.test(formRef)) {
            problems.blocking("Элемент " + describe(element) + ": форма «" + formRef + "» не найдена среди форм.");
        } else if (BOUND_TO_DEPLOYMENT.equals(binding)) {
            problems.blocking("Элемент " + describe(element) + ": форма «" + formRef + "» привязана к развёртыванию "
                    + "(formRefBinding=\"deployment\"), а в этом развёртывании её нет: добавьте файл " + formRef + ".form.");
        }
    }

    private void checkTimer(Event event, TimerEventDefinition timer, Findings problems) {
        if (blank(event.getName())) {
            problems.style("Таймер " + describe(event) + ": у таймера должно быть название.");
        }
        Optional<String> problem;
        if (timer.getTimeDate() != null) {
            problem = timers.problem(TimerExpressions.Kind.DATE, timer.getTimeDate().getTextContent());
        } else if (timer.getTimeDuration() != null) {
            problem = timers.problem(TimerExpressions.Kind.DURATION, timer.getTimeDuration().getTextContent());
        } else if (timer.getTimeCycle() != null) {
            problem = timers.problem(TimerExpressions.Kind.CYCLE, timer.getTimeCycle().getTextContent());
        } else {
            problem = Optional.of("не задан срок (дата, длительность или цикл)");
        }
        problem.ifPresent(text -> problems.blocking("Таймер " + describe(event) + ": " + text + "."));
    }

    private void checkBean(BaseElement element, String delegateExpression, Findings problems) {
        if (delegateExpression == null) {
            return;
        }
        Matcher bean = BEAN_EXPRESSION.matcher(delegateExpression);
        if (!bean.matches()) {
            problems.blocking("Элемент " + describe(element) + ": делегат " + delegateExpression
                    + " должен быть именем компонента в виде ${имяКомпонента}.");
        } else if (!beans.exists().test(bean.group(1))) {
            problems.blocking("Элемент " + describe(element) + ": компонент " + delegateExpression + " не существует в приложении.");
        }
    }

    /** A listener reads and checks; what it would write belongs in a service task the diagram shows. */
    private void checkListener(ModelElementInstance listener, String delegateExpression, Findings problems) {
        Matcher bean = delegateExpression == null ? null : BEAN_EXPRESSION.matcher(delegateExpression);
        if (bean == null || !bean.matches() || !beans.exists().test(bean.group(1)) || beans.mayListen().test(bean.group(1))) {
            return;
        }
        ModelElementInstance owner = listener.getParentElement() == null ? null : listener.getParentElement().getParentElement();
        String element = owner instanceof BaseElement base ? describe(base) : "?";
        problems.blocking("Элемент " + element + ": компонент " + delegateExpression + " не может быть слушателем — он "
                + "записывает данные. Запись делается в служебной задаче (serviceTask) на схеме, сразу после шага; слушатели "
                + "только читают и проверяют.");
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

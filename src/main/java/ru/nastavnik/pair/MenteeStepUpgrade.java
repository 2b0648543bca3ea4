package ru.nastavnik.pair;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;

import ru.nastavnik.migration.UpgradeSteps;

/**
 * The release upgrade of a mentees' step that was a multi-instance user task writing in a complete listener and is
 * now a multi-instance sub-process (the user task, then the service task that writes), for the same mentees. Camunda's
 * migration cannot move a multi-instance task into a multi-instance sub-process, so: before migration, for each open
 * instance of the old step's body, an inert stand-in (the asynchronous join after it, a job that waits) keeps the
 * enclosing scope, with its boundary timers, alive while the old body is cancelled; after migration, the new
 * sub-process is started in the same scope for each mentee whose task was open ({@code menteeId} set by the upgrade,
 * from the old instance, not from anything posted), and the stand-in is cancelled. The pair's variables stay where they
 * were; the enclosing scope's timers are migrated with their due dates.
 */
class MenteeStepUpgrade implements UpgradeSteps {

    /** What one instance held of the old step, between its two halves of the upgrade (one transaction). */
    private record Open(List<String> menteeIds, String standInExecution) {
    }

    private final String processKey;
    private final String oldTask;
    private final String newSubProcess;
    private final String standIn;
    private final Map<String, List<Open>> pending = new ConcurrentHashMap<>();

    MenteeStepUpgrade(String processKey, String oldTask, String newSubProcess, String standIn) {
        this.processKey = processKey;
        this.oldTask = oldTask;
        this.newSubProcess = newSubProcess;
        this.standIn = standIn;
    }

    @Override
    public String processKey() {
        return processKey;
    }

    @Override
    public void beforeMigration(String processInstanceId, ProcessDefinition source, ProcessDefinition target, RuntimeService runtime) {
        List<Open> found = new ArrayList<>();
        for (ScopedBody body : bodies(runtime.getActivityInstance(processInstanceId), null)) {
            List<String> mentees = new ArrayList<>();
            for (ActivityInstance inner : body.body().getChildActivityInstances()) {
                mentees.add((String) runtime.getVariable(inner.getExecutionIds()[0], PairVariables.MENTEE_ID));
            }
            Set<String> before = standInExecutions(runtime.getActivityInstance(processInstanceId));
            runtime.createProcessInstanceModification(processInstanceId)
                    .startBeforeActivity(standIn, body.scope().getId())
                    .cancelActivityInstance(body.body().getId())
                    .execute(true, true);
            Set<String> created = standInExecutions(runtime.getActivityInstance(processInstanceId));
            created.removeAll(before);
            found.add(new Open(mentees, created.iterator().next()));
        }
        if (!found.isEmpty()) {
            pending.put(processInstanceId, found);
        }
    }

    @Override
    public void afterMigration(String processInstanceId, ProcessDefinition source, ProcessDefinition target, RuntimeService runtime) {
        List<Open> found = pending.remove(processInstanceId);
        if (found == null) {
            return;
        }
        for (Open open : found) {
            TransitionInstance stand = standInOf(runtime.getActivityInstance(processInstanceId), open.standInExecution());
            String scope = stand.getParentActivityInstanceId();
            List<String> mentees = open.menteeIds();
            // the first start creates the new body; the stand-in goes only once it holds the scope open
            runtime.createProcessInstanceModification(processInstanceId)
                    .startBeforeActivity(newSubProcess, scope).setVariableLocal(PairVariables.MENTEE_ID, mentees.get(0))
                    .cancelTransitionInstance(stand.getId())
                    .execute(false, false);
            String body = bodyIn(runtime.getActivityInstance(processInstanceId), scope);
            for (String mentee : mentees.subList(1, mentees.size())) {
                runtime.createProcessInstanceModification(processInstanceId)
                        .startBeforeActivity(newSubProcess, body).setVariableLocal(PairVariables.MENTEE_ID, mentee)
                        .execute(false, false);
            }
        }
    }

    private record ScopedBody(ActivityInstance scope, ActivityInstance body) {
    }

    private List<ScopedBody> bodies(ActivityInstance instance, ActivityInstance scope) {
        List<ScopedBody> found = new ArrayList<>();
        if ((oldTask + "#multiInstanceBody").equals(instance.getActivityId())) {
            found.add(new ScopedBody(scope, instance));
            return found;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            found.addAll(bodies(child, instance));
        }
        return found;
    }

    private Set<String> standInExecutions(ActivityInstance instance) {
        Set<String> found = new HashSet<>();
        for (TransitionInstance transition : instance.getTransitionInstances(standIn)) {
            found.add(transition.getExecutionId());
        }
        return found;
    }

    private TransitionInstance standInOf(ActivityInstance tree, String execution) {
        for (TransitionInstance transition : tree.getTransitionInstances(standIn)) {
            if (transition.getExecutionId().equals(execution)) {
                return transition;
            }
        }
        throw new IllegalStateException("The stand-in at " + standIn + " is gone from execution " + execution);
    }

    private String bodyIn(ActivityInstance tree, String scope) {
        for (ActivityInstance body : tree.getActivityInstances(newSubProcess + "#multiInstanceBody")) {
            if (body.getParentActivityInstanceId().equals(scope)) {
                return body.getId();
            }
        }
        throw new IllegalStateException("No " + newSubProcess + " started in " + scope);
    }
}

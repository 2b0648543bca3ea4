package ru.nastavnik.programme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.springframework.stereotype.Component;

import ru.nastavnik.migration.UpgradeSteps;
import ru.nastavnik.programme.ProgrammeCalendar.Deadline;

/**
 * The release upgrade of {@code MentoringProgramme} from the versions that drew a reminder-and-escalation block beside
 * each stage (boundary timers, reminder, escalation, «Принять меры») to the versions that call the stage-deadline
 * process instead. Camunda's migration cannot move a step into a called instance, so: before migration the old block's
 * open steps are cancelled (its timers, unmapped, are dropped by the migration); after it, the stage's call activity is
 * started, whose timers are computed again from the same programme variables, hence on the same dates; and in the
 * called instance the step that was open is started again (a reminder or escalation not yet sent, the director's task),
 * without the timers that had fired already; a timer that fired before and fires again now sends no second letter
 * ({@link #keyBeforeTheUpgrade}). The old {@code Timer_PairWorkOverdue} (on stage 5's closing task) lives on
 * as {@code CallActivity_CloseStageFiveDeadline}, named for where it sits.
 */
@Component
class ReminderBlocksUpgrade implements UpgradeSteps {

    /** One old block: its id part, the deadline it watched, the step it was attached to, and its new call activity. */
    enum Block {
        PREPARE_CONDITIONS("PrepareConditions", "SubProcess_PrepareConditions", "CallActivity_PrepareConditionsDeadline"),
        MENTEE_BANK("MenteeBank", "SubProcess_MenteeBank", "CallActivity_MenteeBankDeadline"),
        MENTOR_BANK("MentorBank", "SubProcess_MentorBank", "CallActivity_MentorBankDeadline"),
        MENTOR_SELECTION("SelectMentors", "SubProcess_SelectMentors", "CallActivity_SelectMentorsDeadline"),
        PAIRS_FORMED("PairsFormed", "CallActivity_FormPairs", "CallActivity_PairsFormedDeadline"),
        COMPLETION("PairWork", "Task_CloseStageFive", "CallActivity_CloseStageFiveDeadline");

        final String part;
        final String watched;
        final String call;

        Block(String part, String watched, String call) {
            this.part = part;
            this.watched = watched;
            this.call = call;
        }

        String overdueTimer() {
            return "Timer_" + part + "Overdue";
        }

        String escalationTimer() {
            return "Timer_" + part + "Escalated";
        }

        String reminder() {
            return "ServiceTask_Remind" + part;
        }

        String escalation() {
            return "ServiceTask_Escalate" + part;
        }

        String measures() {
            return "Task_Resolve" + part + "Overdue";
        }
    }

    /** What an instance held of one old block when the upgrade found it. */
    record Found(Block block, boolean watched, boolean overduePending, boolean escalationPending,
                 boolean reminding, boolean escalating, boolean measuresOpen) {

        /** The stage is still on and its escalation has not fired: the called process waits for the stage. */
        boolean keepsWaiting() {
            return watched && escalationPending;
        }

        boolean restartsReminder() {
            return reminding && !keepsWaiting();
        }

        boolean needsCall() {
            return keepsWaiting() || restartsReminder() || escalating || measuresOpen;
        }
    }

    static final String STAGE_DEADLINE = "StageDeadline";
    static final String WAITING = "SubProcess_StageInProgress";
    static final String REMINDER = "ServiceTask_RemindOfDeadline";
    static final String ESCALATION = "ServiceTask_EscalateDeadline";
    static final String MEASURES = "Task_ResolveStageOverdue";
    private static final String PAIR_WORK = "SubProcess_PairWork";

    private final ManagementService management;
    private final RepositoryService repository;
    private final Map<String, List<Found>> found = new ConcurrentHashMap<>();

    ReminderBlocksUpgrade(ManagementService management, RepositoryService repository) {
        this.management = management;
        this.repository = repository;
    }

    @Override
    public String processKey() {
        return ProgrammeStages.PROGRAMME;
    }

    @Override
    public void beforeMigration(String processInstanceId, ProcessDefinition source, ProcessDefinition target, RuntimeService runtime) {
        found.remove(processInstanceId);
        if (!hasOldBlocks(source) || repository.getBpmnModelInstance(target.getId()).getModelElementById(Block.COMPLETION.call) == null) {
            return;
        }
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        List<Found> blocks = new ArrayList<>();
        ProcessInstanceModificationBuilder cancel = runtime.createProcessInstanceModification(processInstanceId);
        boolean cancels = false;
        for (Block block : Block.values()) {
            Found one = new Found(block, active(tree, block.watched), hasTimer(processInstanceId, block.overdueTimer()),
                    hasTimer(processInstanceId, block.escalationTimer()), active(tree, block.reminder()),
                    active(tree, block.escalation()), active(tree, block.measures()));
            blocks.add(one);
            for (String open : List.of(block.reminder(), block.escalation(), block.measures())) {
                if (active(tree, open)) {
                    cancel.cancelAllForActivity(open);
                    cancels = true;
                }
            }
        }
        if (cancels) {
            cancel.execute(true, true);
        }
        found.put(processInstanceId, blocks);
    }

    @Override
    public void afterMigration(String processInstanceId, ProcessDefinition source, ProcessDefinition target, RuntimeService runtime) {
        List<Found> blocks = found.remove(processInstanceId);
        if (blocks == null) {
            return;
        }
        for (Found one : blocks.stream().filter(Found::needsCall).toList()) {
            ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
            ActivityInstance[] pairWork = tree.getActivityInstances(PAIR_WORK);
            ProcessInstanceModificationBuilder start = runtime.createProcessInstanceModification(processInstanceId);
            boolean inStageFive = one.block() == Block.PAIRS_FORMED || one.block() == Block.COMPLETION;
            if (inStageFive && pairWork.length > 0) {
                start.startBeforeActivity(one.block().call, pairWork[0].getId());
            } else {
                start.startBeforeActivity(one.block().call);
            }
            start.execute(true, false);
            ProcessInstance watch = runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId)
                    .processDefinitionKey(STAGE_DEADLINE).variableValueEquals("deadline", one.block().name()).list().stream()
                    .reduce((first, second) -> second).orElseThrow();
            resume(one, watch.getId(), runtime);
        }
    }

    /** In the new called instance: start the step that was open, and stop waiting where the escalation has fired. */
    private static void resume(Found one, String watchId, RuntimeService runtime) {
        ProcessInstanceModificationBuilder steps = runtime.createProcessInstanceModification(watchId);
        boolean changes = false;
        if (one.restartsReminder()) {
            steps.startBeforeActivity(REMINDER);
            changes = true;
        }
        if (one.escalating()) {
            steps.startBeforeActivity(ESCALATION);
            changes = true;
        }
        if (one.measuresOpen()) {
            steps.startBeforeActivity(MEASURES);
            changes = true;
        }
        if (!one.keepsWaiting()) {
            steps.cancelAllForActivity(WAITING);
            changes = true;
        }
        if (changes) {
            steps.execute(true, false);
        }
    }

    /** The key of a deadline letter the old block's own step sent (its activity id in the programme's instance). */
    static String keyBeforeTheUpgrade(String programmeId, Deadline deadline, boolean escalation, String personId) {
        Block block = Block.valueOf(deadline.name());
        return "deadline:" + programmeId + ":" + (escalation ? block.escalation() : block.reminder()) + ":" + personId;
    }

    private boolean hasOldBlocks(ProcessDefinition source) {
        return Arrays.stream(Block.values()).anyMatch(block ->
                repository.getBpmnModelInstance(source.getId()).getModelElementById(block.overdueTimer()) != null);
    }

    private boolean hasTimer(String processInstanceId, String activityId) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers().count() > 0;
    }

    private static boolean active(ActivityInstance tree, String activityId) {
        return tree.getActivityInstances(activityId).length > 0 || tree.getTransitionInstances(activityId).length > 0;
    }
}

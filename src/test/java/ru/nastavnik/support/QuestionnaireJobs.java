package ru.nastavnik.support;

import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * What the job executor does at once in production: the questionnaires a pair or a programme sends go out (the tests
 * run with the job executor off). Tests of the sending itself run those jobs explicitly before any driver step does.
 */
public final class QuestionnaireJobs {

    public static final List<String> SENDING = List.of("ServiceTask_SendEntryQuestionnaire", "ServiceTask_SendExitQuestionnaire",
            "ServiceTask_SendSatisfactionQuestionnaire");

    private QuestionnaireJobs() {
    }

    /** Runs the due sending jobs of the processes with that business key. */
    public static void sendFor(ProcessEngine engine, String businessKey) {
        send(engine, instance -> instance != null && businessKey.equals(instance.getBusinessKey()));
    }

    /** Runs the due sending job of that process instance. */
    public static void sendIn(ProcessEngine engine, String processInstanceId) {
        send(engine, instance -> instance != null && instance.getId().equals(processInstanceId));
    }

    private static void send(ProcessEngine engine, Predicate<ProcessInstance> whose) {
        for (String activity : SENDING) {
            for (Job job : engine.getManagementService().createJobQuery().activityId(activity).executable().list()) {
                ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceId(job.getProcessInstanceId()).singleResult();
                if (whose.test(instance)) {
                    engine.getManagementService().executeJob(job.getId());
                }
            }
        }
    }
}

package ru.nastavnik.migration;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * One model's own part of the {@link ReleaseUpgrade}, for what {@code mapEqualActivities()} cannot see. A model whose
 * new release renames, moves or replaces steps adds a Spring bean implementing this; the upgrade finds them by
 * {@link #processKey()}. Shape, for each running instance of an older release version of that key:
 * <ol>
 * <li>{@link #map} adds instructions to the plan (built once per source version) where ids changed:
 *     {@code plan.mapActivities("Task_Old", "Task_New")};</li>
 * <li>{@link #beforeMigration} may modify the instance on its old version, where migration cannot express the move
 *     (cancel an activity the new version no longer has);</li>
 * <li>the engine migrates the instance by the plan;</li>
 * <li>{@link #afterMigration} may modify it on the new version (start what replaces the cancelled activity).</li>
 * </ol>
 * All three run in one transaction per instance: if any throws, the instance stays on its old version and the upgrade
 * logs why. Modify with {@code runtime.createProcessInstanceModification(id)…execute(true, true)} and only what the
 * instance holds (look at {@code runtime.getActivityInstance(id)} first).
 */
public interface UpgradeSteps {

    /** The process key (the BPMN process id) these steps are for. */
    String processKey();

    /** Instructions for steps whose id differs between source and target; equal ids are mapped already. */
    default MigrationPlanBuilder map(MigrationPlanBuilder plan, ProcessDefinition source, ProcessDefinition target) {
        return plan;
    }

    /** Process-instance modification on the source version, before the instance is migrated. */
    default void beforeMigration(String processInstanceId, ProcessDefinition source, ProcessDefinition target, RuntimeService runtime) {
    }

    /** Process-instance modification on the target version, after the instance is migrated. */
    default void afterMigration(String processInstanceId, ProcessDefinition source, ProcessDefinition target, RuntimeService runtime) {
    }
}

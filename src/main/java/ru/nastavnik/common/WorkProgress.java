package ru.nastavnik.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * How far a long piece of work has come (a bank file of thousands of rows, an order approving thousands of pairs), for
 * the people waiting for it: the work runs in one thread and one transaction, and the pages ask from other threads.
 *
 * <p>The code that does the work reports its steps with {@link #advance}; whoever starts the work names it with
 * {@link #track}. Code called outside a tracked piece of work reports into nothing, so the same code serves a script, a
 * test or a job alike. Kept in memory on the node doing the work, for a minute after it ends: what is lost on a restart
 * is only the indication, never the work.
 */
@Component
public class WorkProgress {

    private static final Duration KEPT_AFTER_END = Duration.ofMinutes(1);
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private final Map<String, Step> steps = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Where a piece of work is: {@code stage} in Russian, {@code done} of {@code total} (0 while not counted yet). */
    public record Step(String id, String title, String stage, int done, int total, boolean finished, boolean failed,
                       Instant started, Instant updated) {

        public int percent() {
            return total <= 0 ? 0 : (int) Math.min(100, Math.round(done * 100.0 / total));
        }

        public boolean running() {
            return !finished;
        }
    }

    /**
     * Runs {@code work} in this thread, known under {@code id} (a key the waiting page knows, e.g. a random id the
     * browser sent with the file) and described by {@code title} in Russian; its end or failure is recorded too.
     */
    public <T> T track(String id, String title, Supplier<T> work) {
        if (id == null || id.isBlank()) {
            return work.get();
        }
        String outer = CURRENT.get();
        Instant now = clock.instant();
        steps.put(id, new Step(id, title, "Начинаем…", 0, 0, false, false, now, now));
        CURRENT.set(id);
        boolean ended = false;
        try {
            T result = work.get();
            ended = true;
            return result;
        } finally {
            restore(outer);
            end(id, !ended);
        }
    }

    /** Tells the tracked work of this thread, if any, that {@code stage} has {@code done} of {@code total} items. */
    public void advance(String stage, int done, int total) {
        String id = CURRENT.get();
        if (id != null) {
            steps.computeIfPresent(id, (key, step) -> new Step(key, step.title(), stage, done, total, false, false,
                    step.started(), clock.instant()));
        }
    }

    private void end(String id, boolean failed) {
        steps.computeIfPresent(id, (key, step) -> new Step(key, step.title(),
                failed ? "Прервано: изменения не сохранены" : "Готово", failed ? step.done() : step.total(), step.total(), true, failed,
                step.started(), clock.instant()));
        forgetOld();
    }

    /** Does {@code each} for every item, telling the tracked work before each one how many of them are done. */
    public <T> void forEach(String stage, List<T> items, Consumer<T> each) {
        for (int i = 0; i < items.size(); i++) {
            advance(stage, i, items.size());
            each.accept(items.get(i));
        }
    }

    public Optional<Step> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(steps.get(id));
    }

    /** Work running now, and work ended within the last minute, newest first. */
    public List<Step> recent() {
        forgetOld();
        return steps.values().stream().sorted(Comparator.comparing(Step::started).reversed()).toList();
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEPT_AFTER_END);
        steps.values().removeIf(step -> step.finished() && step.updated().isBefore(limit));
    }

    private static void restore(String outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}

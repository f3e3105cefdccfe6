package org.civgis.web.job;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.civgis.web.problem.Problems;
import org.civgis.web.replica.WritePositions;
import org.civgis.web.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ProblemDetail;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs long work as jobs (DESIGN: {@code POST} answers 202 with {@code Location: /api/jobs/{id}}).
 * The work runs on this instance's job threads under the submitting user's security context; its
 * state, progress and result live in {@code platform.job}, so any instance answers for it. Every
 * instance heartbeats the jobs it holds and fails those whose instance went silent, so a job never
 * stays "running" after its instance stopped.
 */
@Service
public class JobService implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(JobService.class);
  private static final long PROGRESS_INTERVAL_NANOS = Duration.ofMillis(250).toNanos();
  static final Duration LOST_AFTER = Duration.ofMinutes(2);
  static final Duration KEPT_FOR = Duration.ofDays(7);

  private final JobRepository jobs;
  private final ObjectProvider<WritePositions> writePositions;
  private final JsonMapper json;
  private final String instanceId = UUID.randomUUID().toString();
  private final Set<UUID> held = ConcurrentHashMap.newKeySet();
  private final ExecutorService executor;

  JobService(
      JobRepository jobs,
      JsonMapper json,
      @Value("${civgis.jobs.threads:2}") int threads,
      ObjectProvider<WritePositions> writePositions) {
    this.jobs = jobs;
    this.writePositions = writePositions;
    this.json = json;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, "civgis-job-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Queues {@code work} for the current user and returns the job at once (QUEUED). Called inside a
   * transaction, the work starts only after it commits, and never if it rolls back.
   *
   * @param kind what kind of work, e.g. {@code geocode-batch}
   * @param title what the job does, in Chinese, e.g. {@code 批量地址匹配（1,200 条）}
   * @param parameters its parameters as a JSON-serialisable value, kept with the job, or {@code
   *     null}
   */
  public Job submit(String kind, String title, Object parameters, JobWork work) {
    UUID id = UUID.randomUUID();
    jobs.insert(
        id,
        kind,
        title,
        Actor.current().auditName(),
        instanceId,
        parameters == null ? null : json.writeValueAsString(parameters));
    held.add(id);
    SecurityContext context = SecurityContextHolder.getContext();
    Runnable start = () -> executor.execute(() -> run(id, context, work));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status == STATUS_COMMITTED) {
                start.run();
              } else {
                held.remove(id);
              }
            }
          });
    } else {
      start.run();
    }
    return jobs.find(id).orElseThrow();
  }

  /** The job {@code id} if {@code actor} may see it: its creator, or an administrator. */
  public java.util.Optional<Job> visibleTo(UUID id, Actor actor) {
    return jobs.find(id)
        .filter(
            job ->
                actor.role().orElse(null) == org.civgis.web.security.Role.ADMIN
                    || job.createdBy().equals(actor.auditName()));
  }

  private void run(UUID id, SecurityContext context, JobWork work) {
    SecurityContextHolder.setContext(context);
    try {
      if (!jobs.start(id)) {
        return;
      }
      JobResult result = work.run(new ThrottledProgress(id));
      Object summary = result == null ? null : result.json();
      jobs.succeed(
          id,
          "完成",
          summary == null ? null : json.writeValueAsString(summary),
          result == null ? JobResult.json(null) : result);
    } catch (JobCancelledException e) {
      log.info("job {} cancelled", id);
    } catch (Exception | Error e) {
      // an Error (a stack overflow, a failed assertion, an OutOfMemoryError where the JVM is not
      // set to exit on it) fails the job now, as an internal error; left alone it would end the
      // thread and leave the job running until the heartbeat wrongly called its instance stopped
      if (!Problems.isRefusal(e)) {
        log.error("job {} failed", id, e);
      }
      ProblemDetail problem = Problems.of(e);
      jobs.fail(id, problem.getDetail(), json.writeValueAsString(problem));
      if (e instanceof VirtualMachineError error) {
        throw error; // the JVM is in trouble: not ours to hide
      }
    } finally {
      held.remove(id);
      // the job wrote after its request was answered: its user's next reads must see that too
      writePositions.ifAvailable(w -> w.recordAfterWrite(Actor.current()));
      SecurityContextHolder.clearContext();
    }
  }

  /** Keeps this instance's jobs alive, fails the jobs of silent instances, purges old ones. */
  @Scheduled(fixedDelayString = "${civgis.jobs.heartbeat:PT15S}", initialDelay = 5_000)
  void heartbeat() {
    try {
      jobs.heartbeat(Set.copyOf(held));
      int lost = jobs.failLost(LOST_AFTER, "处理该任务的服务实例已停止，请重新提交");
      if (lost > 0) {
        log.warn("{} job(s) failed: their instance went silent", lost);
      }
      jobs.purge(KEPT_FOR);
    } catch (RuntimeException e) {
      log.warn("job heartbeat failed: {}", e.getMessage());
    }
  }

  /** On shutdown the jobs still held fail at once rather than after the silence. */
  @Override
  public void destroy() {
    executor.shutdownNow();
    for (UUID id : Set.copyOf(held)) {
      try {
        jobs.fail(id, "服务停止，任务中断，请重新提交", null);
      } catch (RuntimeException e) {
        log.warn("could not mark job {} as interrupted: {}", id, e.getMessage());
      }
    }
  }

  /** Writes progress at most every 250 ms; learns of cancellation when it writes. */
  private final class ThrottledProgress implements JobProgress {
    private final UUID id;
    private long lastWrite = System.nanoTime() - PROGRESS_INTERVAL_NANOS;

    ThrottledProgress(UUID id) {
      this.id = id;
    }

    @Override
    public void update(double fraction, String message) {
      long now = System.nanoTime();
      if (now - lastWrite < PROGRESS_INTERVAL_NANOS) {
        return;
      }
      lastWrite = now;
      if (!jobs.progress(id, fraction, message)) {
        throw new JobCancelledException();
      }
    }
  }
}

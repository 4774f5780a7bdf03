package vn.neuguong.notification;

import java.time.ZoneId;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Schedules the e-mail dispatcher and the daily digest from {@link NotificationProperties}. Only consulted when
 * scheduling is on ({@code neuguong.scheduling.enabled}); the jobs hold ShedLock locks in the shared database.
 */
@Component
class NotificationJobs implements SchedulingConfigurer {

    private final EmailDispatcher dispatcher;
    private final DailyDigest digest;
    private final NotificationProperties.Schedule schedule;

    NotificationJobs(EmailDispatcher dispatcher, DailyDigest digest, NotificationProperties properties) {
        this.dispatcher = dispatcher;
        this.digest = digest;
        this.schedule = properties.notifications();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(
                new FixedDelayTask(dispatcher::run, schedule.dispatchInterval(), schedule.dispatchInterval()));
        if (!"-".equals(schedule.digestCron())) {
            registrar.addCronTask(
                    new CronTask(digest::run, new CronTrigger(schedule.digestCron(), ZoneId.of(schedule.zone()))));
        }
    }
}

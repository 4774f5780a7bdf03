package vn.neuguong.campaign;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When obligation reminders go out.
 *
 * @param daysBefore an open obligation is announced as due this many days before its due date (each value once)
 * @param cron when the reminder job runs (Spring cron, server time zone)
 * @param batchSize how many obligation ids one statement (and transaction) of the job covers
 */
@ConfigurationProperties("neuguong.reminders")
public record ReminderProperties(
        @DefaultValue({"7", "1"}) List<Integer> daysBefore,
        @DefaultValue("0 0 6 * * *") String cron,
        @DefaultValue("50000") int batchSize) {

    public ReminderProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("neuguong.reminders.batch-size must be at least 1");
        }
    }
}

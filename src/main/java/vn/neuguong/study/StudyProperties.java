package vn.neuguong.study;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The study file's settings.
 *
 * @param maxUploadSize the largest reflection file a member may upload
 * @param reminderDaysBefore a member who has not handed in is reminded this many days before the due day
 */
@ConfigurationProperties("neuguong.study")
record StudyProperties(
        @DefaultValue("10MB") DataSize maxUploadSize,
        @DefaultValue({"7", "1"}) List<Integer> reminderDaysBefore) {}

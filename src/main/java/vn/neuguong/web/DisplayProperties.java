package vn.neuguong.web;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How pages show moments to their readers.
 *
 * @param timeZone the readers' time zone: every time on a page, in an export and in the audit log's date filter is
 *     read in it
 */
@ConfigurationProperties("neuguong.display")
public record DisplayProperties(
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId timeZone) {}

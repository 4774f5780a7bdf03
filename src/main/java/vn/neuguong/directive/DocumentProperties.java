package vn.neuguong.directive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxAttachmentSize the largest file that may be attached to a document */
@ConfigurationProperties("neuguong.documents")
record DocumentProperties(@DefaultValue("20MB") DataSize maxAttachmentSize) {}

/**
 * Periodic reports that fill themselves from what the system recorded and add up the tree: templates with their
 * indicators, each organization's report per period (prefilled, corrected with a reason, signed off, accepted or
 * returned by the parent, every version kept) and the parent's aggregation of its children's reports.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"campaign", "directive", "organization", "shared", "web"})
package vn.neuguong.report;

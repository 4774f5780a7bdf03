/** Quality and supervision: cells' overseers, the monthly meeting's quality assessment, inspection and supervision visits. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"member", "organization", "shared", "web"})
package vn.neuguong.supervision;

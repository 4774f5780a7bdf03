/** The party members of each cell: their records, positions, transfers, and the roster import. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "shared", "web"})
package vn.neuguong.member;

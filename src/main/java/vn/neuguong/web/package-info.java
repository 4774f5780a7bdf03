/** The shared web layer: page layout, language switching, error pages and JSON problem details. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.neuguong.web;

/**
 * The words every module shares: who is acting, the errors a rule raises, the audit trail every change writes, and
 * one page of a list.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.neuguong.shared;

package vn.neuguong.portal;

/** An ALTCHA challenge as the widget fetches it: the field names are the widget's. */
record CaptchaChallenge(String algorithm, String challenge, long maxnumber, String salt, String signature) {}

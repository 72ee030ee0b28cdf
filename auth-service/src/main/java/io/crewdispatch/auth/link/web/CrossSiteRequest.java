package io.crewdispatch.auth.link.web;

/** A POST a browser says came from another site; answered with 403. */
class CrossSiteRequest extends RuntimeException {

  CrossSiteRequest() {
    super("cross-site POST", null, false, false);
  }
}

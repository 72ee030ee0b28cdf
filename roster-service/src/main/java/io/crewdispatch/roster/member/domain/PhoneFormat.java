package io.crewdispatch.roster.member.domain;

import java.util.Optional;

/** Port: a phone number as written in the sheet, in E.164 ({@code +16195550101}) when it can be. */
public interface PhoneFormat {

  Optional<String> e164(String written);
}

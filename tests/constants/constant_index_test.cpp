// ConstantIndex: every search mode, the bitmask split, the error decoder and the parsers.
// Values here are the documented Windows ones; the generator took them from the compiler.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "tokenscope/constants.hpp"
#include "tokenscope/logon_failure.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {
namespace {

const ConstantIndex& db() { return ConstantIndex::instance(); }

std::vector<std::string> names(const SearchResult& result) {
    std::vector<std::string> out;
    for (const auto* c : result.items) out.emplace_back(c->name);
    return out;
}

bool contains(const std::vector<std::string>& list, const std::string& name) {
    return std::find(list.begin(), list.end(), name) != list.end();
}

TEST(ConstantDatabase, HoldsTheWholeSdk) {
    EXPECT_GE(db().size(), 60000u);
    const auto stats = db().stats();
    EXPECT_EQ(stats.total, db().size());
    EXPECT_GE(stats.byKind.at("win32_error"), 2000u);
    EXPECT_GE(stats.byKind.at("hresult"), 2000u);
    EXPECT_GE(stats.byKind.at("ntstatus"), 1500u);
    EXPECT_GE(stats.byKind.at("string"), 100u);
    EXPECT_GE(stats.byKind.at("enum"), 5000u);
    EXPECT_GE(stats.byKind.at("window_message"), 200u);
    EXPECT_GE(stats.messages, 1000u);
}

TEST(ConstantDatabase, KnowsMacrosThroughMsabiLongAndHresultTypedef) {
    const auto* logonFailure = db().find("ERROR_LOGON_FAILURE");
    ASSERT_NE(logonFailure, nullptr);
    EXPECT_EQ(logonFailure->bits, 1326u);
    EXPECT_EQ(logonFailure->kind, ConstantKind::Win32Error);
    EXPECT_EQ(logonFailure->header, "winerror.h");
    EXPECT_EQ(logonFailure->ctype, "long");

    const auto* accessDenied = db().find("E_ACCESSDENIED");
    ASSERT_NE(accessDenied, nullptr);
    EXPECT_EQ(accessDenied->kind, ConstantKind::HResult);
    EXPECT_EQ(accessDenied->valueText(), "-2147024891");
    EXPECT_EQ(accessDenied->hexText(), "0x80070005");

    const auto* status = db().find("STATUS_ACCESS_DENIED");
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->kind, ConstantKind::NtStatus);
    EXPECT_EQ(status->hexText(), "0xC0000022");
}

TEST(ConstantDatabase, EvaluatesExpressionsEnumeratorsAndStrings) {
    const auto* all = db().find("TOKEN_ALL_ACCESS");
    ASSERT_NE(all, nullptr);
    EXPECT_EQ(all->bits, 0xF01FFu);
    EXPECT_EQ(all->header, "winnt.h");

    const auto* tokenUser = db().find("TokenUser");
    ASSERT_NE(tokenUser, nullptr);
    EXPECT_EQ(tokenUser->kind, ConstantKind::Enumerator);
    EXPECT_EQ(tokenUser->bits, 1u);
    const auto* level = db().find("SecurityImpersonation");
    ASSERT_NE(level, nullptr);
    EXPECT_EQ(level->bits, 2u);

    const auto* tcb = db().find("SE_TCB_NAME");
    ASSERT_NE(tcb, nullptr);
    EXPECT_EQ(tcb->kind, ConstantKind::String);
    EXPECT_EQ(tcb->valueText(), "SeTcbPrivilege");

    const auto* hklm = db().find("HKEY_LOCAL_MACHINE");
    ASSERT_NE(hklm, nullptr);
    EXPECT_EQ(hklm->kind, ConstantKind::Pointer);

    const auto* wmClose = db().find("WM_CLOSE");
    ASSERT_NE(wmClose, nullptr);
    EXPECT_EQ(wmClose->kind, ConstantKind::WindowMessage);
    EXPECT_EQ(wmClose->bits, 0x10u);
}

TEST(ConstantDatabase, GivesFamilies) {
    EXPECT_EQ(db().find("LOGON32_LOGON_NETWORK")->family, "LOGON32_LOGON_");
    EXPECT_EQ(db().find("LOGON32_PROVIDER_WINNT50")->family, "LOGON32_PROVIDER_");
    EXPECT_EQ(db().find("SE_PRIVILEGE_ENABLED")->family, "SE_PRIVILEGE_");
    EXPECT_EQ(db().find("TOKEN_ASSIGN_PRIMARY")->family, "TOKEN_");
    // Names that share a suffix, not a prefix, are one family under the suffix's pattern, also
    // those whose first word alone (HIGH_, NORMAL_) would otherwise have been their family.
    for (const char* name : {"ABOVE_NORMAL_PRIORITY_CLASS", "BELOW_NORMAL_PRIORITY_CLASS", "HIGH_PRIORITY_CLASS",
                             "IDLE_PRIORITY_CLASS", "NORMAL_PRIORITY_CLASS", "REALTIME_PRIORITY_CLASS"})
        EXPECT_EQ(db().find(name)->family, "*_PRIORITY_CLASS") << name;
    for (const char* name : {"OWNER_SECURITY_INFORMATION", "GROUP_SECURITY_INFORMATION", "DACL_SECURITY_INFORMATION",
                             "SACL_SECURITY_INFORMATION", "LABEL_SECURITY_INFORMATION"})
        EXPECT_EQ(db().find(name)->family, "*_SECURITY_INFORMATION") << name;
    // A long prefix family keeps its names: ERROR_FILE_NOT_FOUND is not moved to *_NOT_FOUND.
    EXPECT_EQ(db().find("ERROR_FILE_NOT_FOUND")->family, "ERROR_FILE_");
    EXPECT_EQ(tokenscope::familyPattern("TOKEN_"), "TOKEN_*");
    EXPECT_EQ(tokenscope::familyPattern("*_PRIORITY_CLASS"), "*_PRIORITY_CLASS");
}

TEST(NameSearch, RanksExactThenPrefixThenSubstringShorterFirst) {
    auto found = db().searchName("logon32_logon_network", 10);
    ASSERT_TRUE(found.ok());
    ASSERT_FALSE(found->items.empty());
    EXPECT_EQ(found->items[0]->name, "LOGON32_LOGON_NETWORK");  // exact, although lower case
    EXPECT_EQ(found->items[1]->name, "LOGON32_LOGON_NETWORK_CLEARTEXT");  // then prefix

    found = db().searchName("LOGON_FAILURE", 100);
    ASSERT_TRUE(found.ok());
    const auto list = names(*found);
    EXPECT_TRUE(contains(list, "ERROR_LOGON_FAILURE"));
    EXPECT_TRUE(contains(list, "STATUS_LOGON_FAILURE"));
    for (std::size_t i = 1; i < found->items.size(); ++i)  // all substring matches: shorter first
        EXPECT_LE(found->items[i - 1]->name.size(), found->items[i]->name.size());
}

TEST(NameSearch, CountsEverythingButReturnsTheLimit) {
    auto found = db().searchName("ERROR_", 5);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->items.size(), 5u);
    EXPECT_GT(found->total, 2000u);
    for (const auto* c : found->items) EXPECT_TRUE(c->name.starts_with("ERROR_"));
}

TEST(NameSearch, GlobIsAnchoredAndCaseInsensitive) {
    auto found = db().searchName("logon32_*", 100);
    ASSERT_TRUE(found.ok());
    const auto list = names(*found);
    EXPECT_TRUE(contains(list, "LOGON32_LOGON_INTERACTIVE"));
    EXPECT_TRUE(contains(list, "LOGON32_PROVIDER_DEFAULT"));
    for (const auto& name : list) EXPECT_EQ(name.rfind("LOGON32_", 0), 0u) << name;

    found = db().searchName("*_LOGON_?ATCH", 10);
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(contains(names(*found), "LOGON32_LOGON_BATCH"));

    found = db().searchName("SE_*_NAME", 500);
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(contains(names(*found), "SE_TCB_NAME"));
    EXPECT_TRUE(contains(names(*found), "SE_IMPERSONATE_NAME"));
}

TEST(NameSearch, ShortQueriesAndNoMatch) {
    auto found = db().searchName("wm", 3);
    ASSERT_TRUE(found.ok());
    EXPECT_GT(found->total, 100u);
    found = db().searchName("XYZZY_NO_SUCH_CONSTANT", 3);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->total, 0u);
}

TEST(NameSearch, RefusesUnusableQueries) {
    EXPECT_FALSE(db().searchName("", 5).ok());
    EXPECT_FALSE(db().searchName("   ", 5).ok());
    EXPECT_FALSE(db().searchName("ERROR LOGON", 5).ok());
    EXPECT_FALSE(db().searchName(std::string(257, 'A'), 5).ok());
    EXPECT_FALSE(db().searchName(std::string("A\0B", 3), 5).ok());
    EXPECT_TRUE(db().searchName(std::string(256, '*'), 5).ok());
}

TEST(ValueSearch, PutsTheWin32ErrorFirst) {
    auto found = db().searchValue("1326");
    ASSERT_TRUE(found.ok());
    ASSERT_FALSE(found->items.empty());
    EXPECT_EQ(found->items[0]->name, "ERROR_LOGON_FAILURE");
    found = db().searchValue("0x52E");
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->items[0]->name, "ERROR_LOGON_FAILURE");
}

TEST(ValueSearch, MatchesHexAndNegativeReadingsOf32BitValues) {
    for (const char* text : {"0x80070005", "-2147024891", "2147942405"}) {
        auto found = db().searchValue(text, 100);
        ASSERT_TRUE(found.ok()) << text;
        EXPECT_TRUE(contains(names(*found), "E_ACCESSDENIED")) << text;
    }
    auto found = db().searchValue("0xC0000022", 100);
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(contains(names(*found), "STATUS_ACCESS_DENIED"));
}

TEST(FlagSplit, SplitsTokenAllAccessIntoItsRights) {
    auto split = db().splitFlags(0xF01FF, "TOKEN_");
    ASSERT_TRUE(split.ok());
    std::vector<std::string> flags;
    for (const auto* c : split->flags) flags.emplace_back(c->name);
    ASSERT_FALSE(flags.empty());
    EXPECT_EQ(flags.front(), "STANDARD_RIGHTS_REQUIRED");
    for (const char* name : {"TOKEN_ASSIGN_PRIMARY", "TOKEN_DUPLICATE", "TOKEN_IMPERSONATE", "TOKEN_QUERY",
                             "TOKEN_QUERY_SOURCE", "TOKEN_ADJUST_PRIVILEGES", "TOKEN_ADJUST_GROUPS",
                             "TOKEN_ADJUST_DEFAULT", "TOKEN_ADJUST_SESSIONID"})
        EXPECT_TRUE(contains(flags, name)) << name;
    EXPECT_EQ(split->leftover, 0u);
    bool equalsAll = false;
    for (const auto* c : split->exact) equalsAll |= c->name == "TOKEN_ALL_ACCESS";
    EXPECT_TRUE(equalsAll);
}

TEST(FlagSplit, ShowsLeftoverBitsAndRefusesUnknownFamilies) {
    auto split = db().splitFlags(0x80000003, "SE_PRIVILEGE_");
    ASSERT_TRUE(split.ok());
    EXPECT_EQ(split->leftover, 0u);  // SE_PRIVILEGE_USED_FOR_ACCESS is 0x80000000
    split = db().splitFlags(0x40000000 | 0x2, "SE_PRIVILEGE_");
    ASSERT_TRUE(split.ok());
    EXPECT_EQ(split->leftover, 0x40000000u);
    EXPECT_FALSE(db().splitFlags(1, "NO_SUCH_FAMILY_XYZ_").ok());
}

TEST(FlagSplit, SplitsBySuffixFamilies) {
    // OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, as GetNamedSecurityInfo takes them.
    auto split = db().splitFlags(0x1 | 0x4, db().find("DACL_SECURITY_INFORMATION")->family);
    ASSERT_TRUE(split.ok()) << split.error().summary();
    ASSERT_EQ(split->flags.size(), 2u);
    EXPECT_EQ(split->flags[0]->name, "OWNER_SECURITY_INFORMATION");
    EXPECT_EQ(split->flags[1]->name, "DACL_SECURITY_INFORMATION");
    EXPECT_EQ(split->leftover, 0u);
}

TEST(ErrorDecoder, DecodesWin32CodesWithMessageAndHint) {
    auto d = db().decodeError("1326");
    ASSERT_TRUE(d.ok());
    ASSERT_FALSE(d->matches.empty());
    EXPECT_EQ(d->matches[0].constant->name, "ERROR_LOGON_FAILURE");
    EXPECT_FALSE(d->matches[0].message.empty());
    EXPECT_NE(d->hint.find("password"), std::string::npos);
    d = db().decodeError("1385");
    ASSERT_TRUE(d.ok());
    EXPECT_NE(d->hint.find("SeInteractiveLogonRight"), std::string::npos);
}

TEST(ErrorDecoder, SplitsHresultsAndFindsTheWin32ErrorInside) {
    auto d = db().decodeError("0x80070005");
    ASSERT_TRUE(d.ok());
    EXPECT_TRUE(d->failure);
    EXPECT_EQ(d->facility, 7u);
    EXPECT_EQ(d->facilityName, "FACILITY_WIN32");
    EXPECT_EQ(d->code, 5u);
    ASSERT_TRUE(d->win32.has_value());
    EXPECT_EQ(*d->win32, 5u);
    std::vector<std::string> list;
    for (const auto& m : d->matches) list.emplace_back(m.constant->name);
    EXPECT_TRUE(contains(list, "E_ACCESSDENIED"));
    EXPECT_TRUE(contains(list, "ERROR_ACCESS_DENIED"));
    EXPECT_FALSE(d->hint.empty());
    auto negative = db().decodeError("-2147024891");
    ASSERT_TRUE(negative.ok());
    EXPECT_EQ(negative->value, 0x80070005u);
}

TEST(ErrorDecoder, DecodesNtstatusAndNames) {
    auto d = db().decodeError("0xC000006D");
    ASSERT_TRUE(d.ok());
    ASSERT_FALSE(d->matches.empty());
    EXPECT_EQ(d->matches[0].constant->name, "STATUS_LOGON_FAILURE");
    EXPECT_FALSE(d->matches[0].message.empty());
    EXPECT_NE(d->hint.find("password"), std::string::npos);  // through ERROR_LOGON_FAILURE
    d = db().decodeError("E_ACCESSDENIED");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->value, 0x80070005u);
    d = db().decodeError("error_logon_failure");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->value, 1326u);
}

TEST(ErrorDecoder, RefusesGarbageAndValuesBeyond32Bits) {
    EXPECT_FALSE(db().decodeError("").ok());
    EXPECT_FALSE(db().decodeError("0x100000000").ok());
    EXPECT_FALSE(db().decodeError("-2147483649").ok());
    EXPECT_FALSE(db().decodeError("12abc").ok());
    EXPECT_FALSE(db().decodeError(std::string(100000, '9')).ok());
    EXPECT_TRUE(db().decodeError("0xFFFFFFFF").ok());
}

// Windows' mapping (RtlNtStatusToDosError, recorded under Wine; the Windows suite compares every
// row with ntdll): whole for the database's NTSTATUS values, both ways, and used for the hint.
TEST(ErrorDecoder, MapsEveryNtstatusToItsWin32ErrorAndBack) {
    std::size_t statuses = 0;
    for (std::size_t i = 0; i < db().size(); ++i) {
        const auto& c = db().at(i);
        if (c.kind != ConstantKind::NtStatus) continue;
        ++statuses;
        const auto win32 = db().win32ForNtStatus(static_cast<std::uint32_t>(c.bits));
        ASSERT_TRUE(win32.has_value()) << c.name;
        const auto back = db().ntStatusesForWin32(*win32);
        EXPECT_TRUE(std::binary_search(back.begin(), back.end(), static_cast<std::uint32_t>(c.bits))) << c.name;
    }
    EXPECT_GT(statuses, 1700u);
    EXPECT_FALSE(db().win32ForNtStatus(0x12345678U).has_value());
    // ntstatus.h's facility numbers are no NTSTATUS values: 0xA reads as no status.
    EXPECT_EQ(db().find("FACILITY_TERMINAL_SERVER")->kind, ConstantKind::Integer);
    EXPECT_FALSE(db().decodeError("0xA")->statusWin32.has_value());
    EXPECT_EQ(db().ntStatusName(0xC000006DU), "STATUS_LOGON_FAILURE");
    auto d = db().decodeError("0xC000006D");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->statusWin32, std::optional<std::uint32_t>(1326));
    EXPECT_EQ(d->hint, db().decodeError("1326")->hint);
    d = db().decodeError("ERROR_ACCESS_DENIED");
    ASSERT_TRUE(d.ok());
    EXPECT_NE(std::find(d->statusesForWin32.begin(), d->statusesForWin32.end(), 0xC0000022U), d->statusesForWin32.end());
}

TEST(LogonFailure, ExplainsTheSubStatusesOfEvent4625) {
    struct Case {
        std::uint32_t sub;
        const char* word;
        std::uint32_t win32;
    };
    for (const Case& c : {Case{0xC000006AU, "password", 86}, Case{0xC0000064U, "no account", 1317},
                          Case{0xC0000072U, "disabled", 1331}, Case{0xC0000193U, "expired", 1793},
                          Case{0xC000006FU, "hours", 1328}, Case{0xC0000234U, "locked", 1909},
                          Case{0xC0000071U, "expired", 1330}}) {
        auto e = tokenscope::explainLogonFailure(0xC000006DU, c.sub);
        ASSERT_TRUE(e.ok()) << std::hex << c.sub;
        EXPECT_NE(e->meaning.find(c.word), std::string::npos) << e->meaning;
        ASSERT_TRUE(e->subStatus && e->subStatus->win32);
        EXPECT_EQ(*e->subStatus->win32, c.win32) << std::hex << c.sub;
        EXPECT_EQ(e->status.win32, std::optional<std::uint32_t>(1326));
        EXPECT_EQ(e->callerSaw.value, 0xC000006DU);  // a bad password or unknown user is not told apart
        EXPECT_FALSE(e->hint.empty());
    }
    // For an account restriction LogonUser reports the Sub Status: a disabled account's caller sees
    // ERROR_ACCOUNT_DISABLED (1331), not ERROR_ACCOUNT_RESTRICTION (1327); without one, the Status.
    for (const Case& c : {Case{0xC0000072U, "disabled", 1331}, Case{0xC000006FU, "hours", 1328},
                          Case{0xC0000070U, "workstation", 1329}, Case{0xC0000071U, "expired", 1330}}) {
        auto e = tokenscope::explainLogonFailure(0xC000006EU, c.sub);
        ASSERT_TRUE(e.ok()) << std::hex << c.sub;
        EXPECT_NE(e->meaning.find(c.word), std::string::npos) << e->meaning;
        EXPECT_EQ(e->callerSaw.value, c.sub);
        EXPECT_EQ(e->callerSaw.win32, std::optional<std::uint32_t>(c.win32)) << std::hex << c.sub;
        ASSERT_EQ(e->notes.size(), 1u);
        EXPECT_NE(e->notes[0].find("the caller saw"), std::string::npos) << e->notes[0];
        EXPECT_EQ(e->notes[0].find("reveal"), std::string::npos) << e->notes[0];
    }
    for (const std::optional<std::uint32_t> none : {std::optional<std::uint32_t>(), std::optional<std::uint32_t>(0u)}) {
        auto e = tokenscope::explainLogonFailure(0xC000006EU, none);
        ASSERT_TRUE(e.ok());
        EXPECT_EQ(e->callerSaw.value, 0xC000006EU);
        EXPECT_EQ(e->callerSaw.win32, std::optional<std::uint32_t>(1327));
    }
    // A Sub Status that is no error (STATUS_PENDING) is not what the caller was told.
    auto pending = tokenscope::explainLogonFailure(0xC000006EU, 0x103U);
    ASSERT_TRUE(pending.ok());
    EXPECT_EQ(pending->callerSaw.value, 0xC000006EU);
    auto e = tokenscope::explainLogonFailure(0xC000015BU, std::nullopt, 5u);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->logonRight, "SeServiceLogonRight (refused by SeDenyServiceLogonRight)");
    e = tokenscope::explainLogonFailure(0xC000015BU, std::nullopt, 10u);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->logonRight, "SeRemoteInteractiveLogonRight (refused by SeDenyRemoteInteractiveLogonRight)");
    EXPECT_FALSE(tokenscope::explainLogonFailure(0xC000015BU, std::nullopt, 6u).ok());
    EXPECT_FALSE(tokenscope::explainLogonFailure(0x12345678U).ok());
    EXPECT_TRUE(tokenscope::explainLogonFailure(0xC000006DU, 0u).ok());  // Sub Status 0: none
}

// Numbers behind pointer casts: MAKEINTRESOURCE ids and CryptoAPI's (LPCSTR) structure ids, with
// the integer the compiler gives ((ULONG_PTR) of the pointer) and the string type of the cast.
TEST(ConstantDatabase, HoldsResourceAndStructureIds) {
    struct Case {
        const char* name;
        std::uint64_t value;
        ConstantKind kind;
    };
    for (const Case& c : {Case{"IDC_ARROW", 32512, ConstantKind::ResourceId}, Case{"IDI_APPLICATION", 32512, ConstantKind::ResourceId},
                          Case{"RT_RCDATA", 10, ConstantKind::ResourceId}, Case{"RT_MANIFEST", 24, ConstantKind::ResourceId},
                          Case{"X509_CERT", 1, ConstantKind::StructId}, Case{"CERT_STORE_PROV_MEMORY", 2, ConstantKind::StructId}}) {
        const auto* constant = db().find(c.name);
        ASSERT_NE(constant, nullptr) << c.name;
        EXPECT_EQ(constant->bits, c.value) << c.name;
        EXPECT_EQ(constant->kind, c.kind) << c.name;
        EXPECT_TRUE(constant->isNumeric());
        EXPECT_EQ(constant->width, 64u);
        EXPECT_FALSE(constant->isSigned);
    }
    EXPECT_EQ(db().find("IDC_ARROW")->ctype, "char*");
    // An alias of a resource id is one (IDI_ERROR is IDI_HAND, VS_FILE_INFO is RT_VERSION).
    EXPECT_EQ(db().find("IDI_ERROR")->kind, ConstantKind::ResourceId);
    EXPECT_EQ(db().find("VS_FILE_INFO")->kind, ConstantKind::ResourceId);
    EXPECT_EQ(db().find("VS_FILE_INFO")->bits, 16u);
    EXPECT_EQ(kindName(ConstantKind::ResourceId), "resource_id");
}

// STOP codes from bugcodes.h, decoded beside the Win32 error of the same number.
TEST(ErrorDecoder, KnowsStopCodes) {
    const auto* irql = db().find("IRQL_NOT_LESS_OR_EQUAL");
    ASSERT_NE(irql, nullptr);
    EXPECT_EQ(irql->kind, ConstantKind::BugCheck);
    EXPECT_EQ(irql->bits, 0xAu);
    const auto d = db().decodeError("0x50");
    ASSERT_TRUE(d.ok());
    bool stop = false;
    for (const auto& m : d->matches) stop = stop || m.constant->name == "PAGE_FAULT_IN_NONPAGED_AREA";
    EXPECT_TRUE(stop);
}

// GUIDs: every usual spelling parses to the same bytes, and the reverse lookup finds the names.
TEST(Guids, ParseEveryUsualSpelling) {
    const auto canonical = parseGuid("{6B29FC40-CA47-1067-B31D-00DD010662DA}");
    ASSERT_TRUE(canonical.ok());
    EXPECT_EQ(guidText(*canonical), "{6B29FC40-CA47-1067-B31D-00DD010662DA}");
    EXPECT_EQ(canonical->bytes[0], 0x40);  // Data1 is little-endian in memory
    EXPECT_EQ(canonical->bytes[8], 0xB3);  // Data4 is bytes in order
    for (const char* spelling : {"6b29fc40-ca47-1067-b31d-00dd010662da", " {6B29FC40-CA47-1067-B31D-00DD010662DA} ",
                                 "6B29FC40CA471067B31D00DD010662DA", "(6B29FC40-CA47-1067-B31D-00DD010662DA)",
                                 "{0x6b29fc40, 0xca47, 0x1067, {0xb3, 0x1d, 0x00, 0xdd, 0x01, 0x06, 0x62, 0xda}}"}) {
        const auto parsed = parseGuid(spelling);
        ASSERT_TRUE(parsed.ok()) << spelling;
        EXPECT_EQ(*parsed, *canonical) << spelling;
    }
    for (const char* bad : {"", "{6B29FC40-CA47-1067-B31D-00DD010662D}", "6B29FC40-CA47-1067-B31D-00DD010662DAX",
                            "{6B29FC40_CA47-1067-B31D-00DD010662DA}", "{0x1, 0x2}", "not a guid", "{0x123456789, 0,0,0,0,0,0,0,0,0,0}"})
        EXPECT_FALSE(parseGuid(bad).ok()) << bad;
}

TEST(Guids, FindsGuidsAndPropertyKeysByValue) {
    EXPECT_GT(db().guidCount(), 8000u);
    const auto unknown = db().searchGuid(*parseGuid("00000000-0000-0000-c000-000000000046"));
    ASSERT_FALSE(unknown.empty());
    EXPECT_NE(std::find_if(unknown.begin(), unknown.end(), [](const Constant* c) { return c->name == "IID_IUnknown"; }),
              unknown.end());
    const auto* desktop = db().find("FOLDERID_Desktop");
    ASSERT_NE(desktop, nullptr);
    EXPECT_EQ(desktop->kind, ConstantKind::Guid);
    EXPECT_EQ(desktop->valueText(), "{B4BFCC3A-DB2C-424C-B029-7FE99A87C641}");
    EXPECT_FALSE(desktop->isNumeric());
    const auto* title = db().find("PKEY_Title");
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->kind, ConstantKind::PropertyKey);
    EXPECT_EQ(title->bits, 2u);
    EXPECT_EQ(title->valueText(), "{F29F85E0-4FF9-1068-AB91-08002B27B3D9} 2");
    const auto* desc = db().find("DEVPKEY_Device_DeviceDesc");
    ASSERT_NE(desc, nullptr);
    EXPECT_EQ(desc->kind, ConstantKind::DevPropKey);
    // Every GUID constant is found by its own GUID.
    std::size_t checked = 0;
    for (std::size_t i = 0; i < db().size(); i += 7) {
        const auto& c = db().at(i);
        if (!c.isGuid()) continue;
        const auto found = db().searchGuid(*parseGuid(c.text.substr(0, 38)));
        EXPECT_NE(std::find(found.begin(), found.end(), &c), found.end()) << c.name;
        ++checked;
    }
    EXPECT_GT(checked, 1000u);
}

// GUIDs only C++ sees: a type's __uuidof that has no C name (dcomp.h's interfaces, strmif.h's
// IMpeg2Demultiplexer), and a DEFINE_GUID inside #ifdef __cplusplus (strmif.h). Values as
// mingw-w64's headers write them; the regeneration sample compiles dcomp.h's again.
TEST(Guids, HoldsTheGuidsOnlyCppSees) {
    const auto* device = db().find("IDCompositionDevice");
    ASSERT_NE(device, nullptr);
    EXPECT_EQ(device->kind, ConstantKind::Guid);
    EXPECT_EQ(device->ctype, "__uuidof");
    EXPECT_EQ(device->family, "__uuidof");
    EXPECT_EQ(device->header, "dcomp.h");
    EXPECT_EQ(device->valueText(), "{C37EA93A-E7AA-450D-B16F-9746CB0407F3}");
    EXPECT_EQ(db().find("IID_IDCompositionDevice"), nullptr);  // the headers give it no C name
    const auto found = db().searchGuid(*parseGuid("{0987CB06-F916-48BF-8D35-CE7641781BD9}"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->name, "IDCompositionDevice3");
    const auto* demux = db().find("IMpeg2Demultiplexer");
    ASSERT_NE(demux, nullptr);
    EXPECT_EQ(demux->valueText(), "{436EEE9C-264F-4242-90E1-4E330C107512}");
    const auto* callback = db().find("IID_IAMFilterGraphCallback");
    ASSERT_NE(callback, nullptr);
    EXPECT_EQ(callback->ctype, "GUID");
    // A type whose IID_ name holds the same value is not named twice.
    EXPECT_EQ(db().find("IUnknown"), nullptr);
}

TEST(NumberParser, AcceptsDecimalHexNegativeAndSuffixes) {
    EXPECT_EQ(parseNumber("1326")->magnitude, 1326u);
    EXPECT_EQ(parseNumber(" 0x52e ")->magnitude, 1326u);
    EXPECT_EQ(parseNumber("0XFFFFFFFFFFFFFFFF")->magnitude, ~0ULL);
    EXPECT_EQ(parseNumber("-5")->bits(), static_cast<std::uint64_t>(-5));
    EXPECT_EQ(parseNumber("+7")->magnitude, 7u);
    EXPECT_EQ(parseNumber("1326L")->magnitude, 1326u);
    EXPECT_EQ(parseNumber("0xFFUL")->magnitude, 255u);
    EXPECT_FALSE(parseNumber("-0")->negative);
    EXPECT_EQ(parseNumber("-9223372036854775808")->bits(), 1ULL << 63);
}

TEST(NumberParser, RefusesOverflowAndGarbage) {
    for (const char* bad : {"", "-", "0x", "0x-1", "--1", "1 2", "18446744073709551616",
                            "0x10000000000000000", "-9223372036854775809", "abc", "12z", "0b101", "1e3", "L", "U"})
        EXPECT_FALSE(parseNumber(bad).ok()) << bad;
    EXPECT_FALSE(parseNumber(std::string(300, '1')).ok());
    EXPECT_FALSE(parseNumber(std::string("1\0", 2)).ok());
}

TEST(CoreErrors, FallBackToTheDatabaseForCodesCoreDoesNotRaise) {
    const auto error = makeError(1385 + 1000, "x");  // 2385, not in core's own table
    const auto* constant = db().find(error.name);
    ASSERT_NE(constant, nullptr) << error.name;
    EXPECT_EQ(constant->bits, 2385u);
    const auto own = makeError(1326, "x");
    EXPECT_EQ(own.name, "ERROR_LOGON_FAILURE");
    const auto decoded = makeError(1392, "x");
    EXPECT_EQ(decoded.name, "ERROR_FILE_CORRUPT");
    EXPECT_FALSE(decoded.message.empty());
}

TEST(ConstantDatabase, AnswersFromManyThreadsAtOnce) {
    std::vector<std::thread> threads;
    std::vector<int> ok(8, 0);
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([t, &ok] {
            for (int i = 0; i < 50; ++i) {
                auto found = ConstantIndex::instance().searchName("LOGON32_LOGON_", 5);
                if (found.ok() && found->total >= 7) ++ok[static_cast<std::size_t>(t)];
            }
        });
    }
    for (auto& thread : threads) thread.join();
    for (int count : ok) EXPECT_EQ(count, 50);
}

}  // namespace
}  // namespace tokenscope

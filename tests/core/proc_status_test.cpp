#include "posix/proc_status.hpp"

#include <gtest/gtest.h>

#include "tokenscope/errors.hpp"

namespace tokenscope::posix {
namespace {

constexpr const char* kSample =
    "Name:\tbash\n"
    "Uid:\t1000\t1001\t1002\t1003\n"
    "Gid:\t100\t101\t102\t103\n"
    "FDSize:\t256\n"
    "Groups:\t4 24 27 100 \n"
    "CapInh:\t0000000000000000\n"
    "CapPrm:\t000001ffffffffff\n"
    "CapEff:\t00000000000000c0\n"
    "CapBnd:\t000001fffeffffff\n"
    "CapAmb:\t0000000000000001\n"
    "NoNewPrivs:\t1\n";

TEST(ProcStatus, ParsesAllFourIdsOfEachKind) {
    auto status = parseProcStatus(kSample);
    ASSERT_TRUE(status.ok()) << status.error().summary();
    EXPECT_EQ(status->uids, (PosixIds{1000, 1001, 1002, 1003}));
    EXPECT_EQ(status->gids, (PosixIds{100, 101, 102, 103}));
}

TEST(ProcStatus, ParsesSupplementaryGroupsWithTrailingBlank) {
    auto status = parseProcStatus(kSample);
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->groups, (std::vector<std::uint32_t>{4, 24, 27, 100}));
}

TEST(ProcStatus, ParsesCapabilitySetsAsHex) {
    auto status = parseProcStatus(kSample);
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->capInheritable, 0u);
    EXPECT_EQ(status->capPermitted, 0x1ffffffffffu);
    EXPECT_EQ(status->capEffective, 0xc0u);
    EXPECT_EQ(status->capBounding, 0x1fffeffffffu);
    EXPECT_EQ(status->capAmbient, 1u);
    EXPECT_EQ(status->noNewPrivs, 1);
}

TEST(ProcStatus, EmptyGroupsLineMeansNoGroups) {
    auto status = parseProcStatus("Uid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nGroups:\t\n");
    ASSERT_TRUE(status.ok());
    EXPECT_TRUE(status->groups.empty());
}

TEST(ProcStatus, LargestIdsParse) {
    auto status = parseProcStatus("Uid:\t4294967294\t0\t0\t0\nGid:\t0\t0\t0\t4294967295\nGroups:\t65534\n");
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->uids.real, 4294967294u);
    EXPECT_EQ(status->gids.filesystem, 4294967295u);
}

TEST(ProcStatus, MissingUidLineIsAnError) {
    auto status = parseProcStatus("Gid:\t0\t0\t0\t0\nGroups:\t\n");
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, win32::kInvalidParameter);
    EXPECT_EQ(status.error().name, "ERROR_INVALID_PARAMETER");
}

TEST(ProcStatus, MalformedLinesAreErrorsNamingTheLine) {
    for (const char* bad : {"Uid:\t0\t0\t0\nGid:\t0\t0\t0\t0\nGroups:\t\n",          // three ids
                            "Uid:\t0\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nGroups:\t\n",    // five ids
                            "Uid:\tx\t0\t0\t0\nGid:\t0\t0\t0\t0\nGroups:\t\n",       // not a number
                            "Uid:\t-1\t0\t0\t0\nGid:\t0\t0\t0\t0\nGroups:\t\n",      // negative
                            "Uid:\t4294967296\t0\t0\t0\nGid:\t0\t0\t0\t0\nGroups:\t\n",  // overflow
                            "Uid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nGroups:\t1 a\n",
                            "Uid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nGroups:\t\nCapEff:\tzz\n"}) {
        auto status = parseProcStatus(bad);
        ASSERT_FALSE(status.ok()) << bad;
        EXPECT_NE(status.error().native.find("malformed"), std::string::npos) << status.error().native;
    }
}

TEST(ProcStatus, EmptyAndBinaryInputAreErrorsNotCrashes) {
    EXPECT_FALSE(parseProcStatus("").ok());
    const std::string binary("\0\xff\xfe:\n\x01Uid:\xff", 10);
    EXPECT_FALSE(parseProcStatus(binary).ok());
}

TEST(ProcStatus, ReadingAMissingFileReportsFileNotFound) {
    auto status = readProcStatus("/proc/this/does/not/exist");
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, win32::kFileNotFound);
    EXPECT_NE(status.error().native.find("ENOENT"), std::string::npos);
}

}  // namespace
}  // namespace tokenscope::posix

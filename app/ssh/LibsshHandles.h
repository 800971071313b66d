#pragma once

#include <libssh/libssh.h>
#include <libssh/sftp.h>
#include <memory>

// RAII owners for every libssh handle used in app/ssh. Internal to the ssh room.
namespace pbxwarden::ssh::detail {

struct SessionDeleter
{
    void operator()(ssh_session s) const { ssh_free(s); }
};
struct ChannelDeleter
{
    void operator()(ssh_channel c) const { ssh_channel_free(c); }
};
struct KeyDeleter
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
struct SftpDeleter
{
    void operator()(sftp_session s) const { sftp_free(s); }
};
struct SftpFileDeleter
{
    void operator()(sftp_file f) const { sftp_close(f); }
};
struct SftpAttributesDeleter
{
    void operator()(sftp_attributes a) const { sftp_attributes_free(a); }
};
struct SftpDirDeleter
{
    void operator()(sftp_dir d) const { sftp_closedir(d); }
};
struct HashDeleter
{
    void operator()(unsigned char* h) const { ssh_clean_pubkey_hash(&h); }
};
struct StringDeleter
{
    void operator()(char* s) const { ssh_string_free_char(s); }
};

using SessionPtr = std::unique_ptr<ssh_session_struct, SessionDeleter>;
using ChannelPtr = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyDeleter>;
using SftpPtr = std::unique_ptr<sftp_session_struct, SftpDeleter>;
using SftpFilePtr = std::unique_ptr<sftp_file_struct, SftpFileDeleter>;
using SftpAttributesPtr = std::unique_ptr<sftp_attributes_struct, SftpAttributesDeleter>;
using SftpDirPtr = std::unique_ptr<sftp_dir_struct, SftpDirDeleter>;
using HashPtr = std::unique_ptr<unsigned char, HashDeleter>;
using StringPtr = std::unique_ptr<char, StringDeleter>;

// ssh_init() once per process, and libssh's own log lines into the lcSsh category.
void ensureLibsshInitialized();

} // namespace pbxwarden::ssh::detail

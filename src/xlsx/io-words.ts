/**
 * File-system errors in words. Node's messages ("ENOENT: no such file or directory, open
 * '/x/.out.xlsx.123.tmp'") are English, name our temporary files and mean nothing to an
 * accountant; these say what is wrong with the path the user gave.
 */
import type { Localized } from '../core/i18n';

/** The same words whether reading or writing. */
const both = (w: Localized) => ({ read: w, write: w });

const WORDS: Record<string, { read: Localized; write: Localized }> = {
  ENOENT: {
    read: { 'zh-CN': '文件不存在', 'en-US': 'the file does not exist' },
    write: { 'zh-CN': '所在文件夹不存在', 'en-US': 'its folder does not exist' },
  },
  ENOTDIR: both({ 'zh-CN': '路径中有一段不是文件夹', 'en-US': 'part of the path is not a folder' }),
  EISDIR: {
    read: { 'zh-CN': '这是一个文件夹，不是文件', 'en-US': 'it is a folder, not a file' },
    write: { 'zh-CN': '已有同名文件夹', 'en-US': 'a folder of that name exists' },
  },
  EACCES: {
    read: { 'zh-CN': '没有读取权限', 'en-US': 'permission denied' },
    write: { 'zh-CN': '没有写入权限', 'en-US': 'permission denied' },
  },
  EROFS: both({ 'zh-CN': '磁盘是只读的', 'en-US': 'the disk is read-only' }),
  ENOSPC: both({ 'zh-CN': '磁盘空间不足', 'en-US': 'the disk is full' }),
  EBUSY: both({ 'zh-CN': '文件被其他程序占用（例如正在 Excel 中打开）', 'en-US': 'another program holds the file (open in Excel?)' }),
};
WORDS.EPERM = WORDS.EACCES;

/** What went wrong, in words, for an error thrown by fs; null when `e` is no file-system error. */
export function ioErrorInWords(e: unknown, op: 'read' | 'write'): Localized | null {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return null;
  return WORDS[code]?.[op] ?? { 'zh-CN': `读写文件时出错（${code}）`, 'en-US': `an input/output error (${code})` };
}

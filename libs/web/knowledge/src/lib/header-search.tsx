import { TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

/** The search box in the header of every page; Enter opens /search?q=. */
export function HeaderSearch() {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!q.trim()) return;
    navigate(`/search?q=${encodeURIComponent(q.trim())}`);
    setQ('');
  }
  return (
    <form onSubmit={onSubmit} role="search" aria-label="Site" style={{ minWidth: 0, flex: '1 1 auto', maxWidth: 360 }}>
      <TextInput aria-label="Search Guildhall" placeholder="Search…" type="search" size="sm" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
    </form>
  );
}
